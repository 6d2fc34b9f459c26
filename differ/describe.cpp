#include <sstream>

#include "catalog/not_null_name.h"
#include "catalog/object_access.h"
#include "differ/differ.h"

namespace pgfleet {
namespace {

// Grants as GRANT reads them ("SELECT to PUBLIC, INSERT to app with grant option").
bool is_grant_list(const nlohmann::json& v) {
    if (!v.is_array()) return false;
    for (const auto& g : v)
        if (!g.is_object() || !g.contains("grantee") || !g.contains("privilege")) return false;
    return true;
}

std::string show_grants(const nlohmann::json& grants) {
    if (grants.empty()) return "none";
    std::string out;
    for (const auto& g : grants)
        out += (out.empty() ? "" : ", ") + g["privilege"].get<std::string>() + " to " + g["grantee"].get<std::string>() +
               (g.value("grant_option", false) ? " with grant option" : "");
    return out;
}

// Expressions show as their SQL; grants as GRANT reads them; other values as compact JSON.
std::string show(const nlohmann::json& v) {
    if (v.is_null()) return "none";
    if (is_grant_list(v)) return show_grants(v);
    if (v.is_object() && v.contains("sql") && v.contains("canonical")) return v["sql"].get<std::string>();
    if (v.is_string()) return v.get<std::string>().empty() ? "''" : v.get<std::string>();
    return v.dump();
}

const char* field_for(const std::string& attribute) {
    if (attribute == "default") return "default_value";
    return attribute.c_str();
}

// A column's NOT NULL name as the server has it: the model leaves the default one out.
std::string column_not_null_name(const Catalog& c, const ObjectKey& key) {
    QualifiedName table{key.schema, key.name};
    auto t = c.tables.find(table);
    const Column* col = t == c.tables.end() ? nullptr : t->second.find_column(key.sub);
    return col ? not_null_name(table, *col) : "";
}

}  // namespace

std::string describe_change(const Change& change, const Catalog& current, const Catalog& desired) {
    std::string out = std::string(action_name(change.action)) + " " + describe(change.key);
    if (change.action != ChangeAction::Alter) return out;
    nlohmann::json a = object_json(current, change.key), b = object_json(desired, change.key);
    std::string details;
    for (const auto& attr : change.attributes) {
        std::string field = field_for(attr);
        if (!details.empty()) details += "; ";
        if (attr == "not_null_name")
            details += attr + " " + column_not_null_name(current, change.key) + " -> " +
                       column_not_null_name(desired, change.key);
        else if (a.is_object() && b.is_object() && a.contains(field) && b.contains(field))
            details += attr + " " + show(a[field]) + " -> " + show(b[field]);
        else
            details += attr;
    }
    if (change.replace) details += details.empty() ? "rebuilt" : " (rebuilt)";
    return out + (details.empty() ? "" : ": " + details);
}

}  // namespace pgfleet
