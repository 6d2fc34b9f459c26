#include "catalog/current_role.h"

#include <algorithm>

#include "catalog/object_access.h"

namespace pgfleet {
namespace {

void drop_owner_grants(Privileges& p, const std::string& role) {
    p.erase(std::remove_if(p.begin(), p.end(), [&](const Grant& g) { return g.grantee == role; }), p.end());
}

template <class Map>
void drop_owner_grants_in(Map& map, const std::string& role) {
    for (auto& [k, v] : map)
        if (v.owner.empty() || v.owner == role) drop_owner_grants(v.privileges, role);
}

template <class Map>
void fill_owner(Map& map, const std::string& role) {
    for (auto& [k, v] : map)
        if (v.owner.empty()) v.owner = role;
}

}  // namespace

void assign_default_owners(Catalog& c, const std::string& role) {
    if (role.empty()) return;
    fill_owner(c.schemas, role);
    fill_owner(c.enums, role);
    fill_owner(c.domains, role);
    fill_owner(c.composite_types, role);
    fill_owner(c.range_types, role);
    fill_owner(c.collations, role);
    fill_owner(c.sequences, role);
    fill_owner(c.tables, role);
    fill_owner(c.views, role);
    fill_owner(c.functions, role);
    fill_owner(c.aggregates, role);
    fill_owner(c.event_triggers, role);
    fill_owner(c.publications, role);
    fill_owner(c.foreign_data_wrappers, role);
    fill_owner(c.foreign_servers, role);
}

void bind_current_role(Catalog& c, const std::string& role) {
    if (role.empty()) return;
    std::map<ObjectKey, DefaultPrivilege> bound;
    for (auto& [key, dp] : c.default_privileges) {
        if (dp.role.empty()) dp.role = role;
        drop_owner_grants(dp.grants, dp.role);
        bound[default_privilege_key(dp.role, dp.schema, dp.object_type)] = dp;
    }
    c.default_privileges = std::move(bound);
    drop_owner_grants_in(c.schemas, role);
    drop_owner_grants_in(c.enums, role);
    drop_owner_grants_in(c.domains, role);
    drop_owner_grants_in(c.composite_types, role);
    drop_owner_grants_in(c.range_types, role);
    drop_owner_grants_in(c.sequences, role);
    drop_owner_grants_in(c.views, role);
    for (auto& [name, v] : c.views) {
        if (!v.owner.empty() && v.owner != role) continue;
        for (auto it = v.column_privileges.begin(); it != v.column_privileges.end();) {
            drop_owner_grants(it->second, role);
            it = it->second.empty() ? v.column_privileges.erase(it) : std::next(it);
        }
    }
    drop_owner_grants_in(c.functions, role);
    drop_owner_grants_in(c.aggregates, role);
    drop_owner_grants_in(c.foreign_data_wrappers, role);
    drop_owner_grants_in(c.foreign_servers, role);
    for (auto& [name, t] : c.tables) {
        if (!t.owner.empty() && t.owner != role) continue;
        drop_owner_grants(t.privileges, role);
        for (auto& col : t.columns) drop_owner_grants(col.privileges, role);
    }
}

}  // namespace pgfleet
