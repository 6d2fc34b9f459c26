#include "catalog/server_fit.h"

#include <algorithm>

#include "catalog/empty_database.h"
#include "catalog/not_null_name.h"

namespace pgfleet {
namespace {

void drop_privilege(Privileges& grants, const char* privilege) {
    grants.erase(std::remove_if(grants.begin(), grants.end(), [&](const Grant& g) { return g.privilege == privilege; }),
                 grants.end());
}

void drop_maintain(Catalog& c) {
    for (auto& [name, t] : c.tables) drop_privilege(t.privileges, "MAINTAIN");
    for (auto& [name, v] : c.views) drop_privilege(v.privileges, "MAINTAIN");
    for (auto& [key, d] : c.default_privileges)
        if (d.object_type == "tables") drop_privilege(d.grants, "MAINTAIN");
}

// The desired state starts from an empty database as PostgreSQL 15 makes it: public owned by
// pg_database_owner, USAGE for PUBLIC. Before 15 an empty database's public schema belongs to
// the bootstrap superuser and PUBLIC may also CREATE in it; a public schema left at 15's
// defaults means the server's defaults there. (A file that revokes CREATE from PUBLIC reads
// the same as one that leaves it, so on 13 and 14 that revoke is not planned.)
void public_schema_as_before_15(Catalog& c) {
    auto it = c.schemas.find("public");
    if (it == c.schemas.end()) return;
    Schema& s = it->second;
    if (s.owner == "pg_database_owner") s.owner.clear();
    if (s.privileges == Privileges{{"PUBLIC", "USAGE", false}})
        s.privileges = {{"PUBLIC", "CREATE", false}, {"PUBLIC", "USAGE", false}};
}

}  // namespace

void fit_to_server(Catalog& catalog, int major) {
    if (major == 0) return;
    const ServerVersion& v = ServerVersion::of(major);
    if (!v.has(ServerFeature::MaintainPrivilege)) drop_maintain(catalog);
    if (!restricted_public_schema(v.major())) public_schema_as_before_15(catalog);
    if (!v.has(ServerFeature::NotNullConstraintRows)) clear_not_null_names(catalog);
}

void fit_replayed_to_server(Catalog& catalog, int major) {
    if (major != 0 && !ServerVersion::of(major).has(ServerFeature::NotNullConstraintRows)) clear_not_null_names(catalog);
}

}  // namespace pgfleet
