#include "catalog/privilege.h"

#include <algorithm>
#include <map>

namespace pgfleet {

void normalize_grants(Privileges& grants) {
    std::sort(grants.begin(), grants.end());
    // A privilege held both with and without GRANT OPTION is held with it.
    Privileges out;
    for (const auto& g : grants) {
        auto same = std::find_if(out.begin(), out.end(), [&](const Grant& o) {
            return o.grantee == g.grantee && o.privilege == g.privilege;
        });
        if (same == out.end()) out.push_back(g);
        else same->grant_option |= g.grant_option;
    }
    grants = std::move(out);
}

const std::vector<std::string>& all_privileges(const std::string& object_type) {
    static const std::map<std::string, std::vector<std::string>> table = {
        // MAINTAIN exists from PostgreSQL 17; fit_to_server takes it out for older servers.
        {"table", {"DELETE", "INSERT", "MAINTAIN", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"}},
        {"column", {"INSERT", "REFERENCES", "SELECT", "UPDATE"}},
        {"sequence", {"SELECT", "UPDATE", "USAGE"}},
        {"function", {"EXECUTE"}},
        {"schema", {"CREATE", "USAGE"}},
        {"type", {"USAGE"}},
        {"foreign data wrapper", {"USAGE"}},
        {"foreign server", {"USAGE"}},
    };
    static const std::vector<std::string> none;
    auto it = table.find(object_type);
    return it == table.end() ? none : it->second;
}

Privileges default_public_privileges(const std::string& object_type) {
    if (object_type == "function") return {{"PUBLIC", "EXECUTE", false}};
    if (object_type == "type") return {{"PUBLIC", "USAGE", false}};
    return {};
}

void drop_grants_to_new_owner(Privileges& grants, const std::string& owner) {
    if (owner.empty()) return;
    grants.erase(std::remove_if(grants.begin(), grants.end(), [&](const Grant& g) { return g.grantee == owner; }),
                 grants.end());
}

}  // namespace pgfleet
