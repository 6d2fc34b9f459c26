#include "catalog/current_role.h"

#include <algorithm>
#include <map>

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

template <class Map>
void clear_owner(Map& map, const std::string& role) {
    for (auto& [k, v] : map)
        if (v.owner == role) v.owner.clear();
}

void rename_role(Privileges& p, const std::string& from, const std::string& role) {
    for (auto& g : p)
        if (g.grantee == from) g.grantee = role;
    normalize_grants(p);
}

template <class Map>
void rename_role_in(Map& map, const std::string& from, const std::string& role) {
    for (auto& [k, v] : map) rename_role(v.privileges, from, role);
}

// A role (CURRENT_USER, as written in the desired state) becomes another everywhere: in
// grants, default privileges, policies and user mappings.
void rename_role(Catalog& c, const std::string& from, const std::string& role) {
    rename_role_in(c.schemas, from, role);
    rename_role_in(c.enums, from, role);
    rename_role_in(c.domains, from, role);
    rename_role_in(c.composite_types, from, role);
    rename_role_in(c.range_types, from, role);
    rename_role_in(c.sequences, from, role);
    rename_role_in(c.views, from, role);
    rename_role_in(c.functions, from, role);
    rename_role_in(c.aggregates, from, role);
    rename_role_in(c.foreign_data_wrappers, from, role);
    rename_role_in(c.foreign_servers, from, role);
    rename_role_in(c.tables, from, role);
    for (auto& [n, t] : c.tables)
        for (auto& col : t.columns) rename_role(col.privileges, from, role);
    for (auto& [n, v] : c.views)
        for (auto& [col, p] : v.column_privileges) rename_role(p, from, role);
    for (auto& [k, dp] : c.default_privileges) {
        if (dp.role == from) dp.role = role;
        rename_role(dp.grants, from, role);
    }
    for (auto& [k, p] : c.policies) {
        for (auto& r : p.roles)
            if (r == from) r = role;
        std::sort(p.roles.begin(), p.roles.end());
        p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
    }
    std::map<ObjectKey, UserMapping> mappings;
    for (auto& [k, m] : c.user_mappings) {
        if (m.user == from) m.user = role;
        mappings[user_mapping_key(m.user, m.server)] = m;
    }
    c.user_mappings = std::move(mappings);
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

void release_current_role(Catalog& c, const std::string& role) {
    if (role.empty()) return;
    rename_role(c, role, kCurrentRole);
    clear_owner(c.schemas, role);
    clear_owner(c.enums, role);
    clear_owner(c.domains, role);
    clear_owner(c.composite_types, role);
    clear_owner(c.range_types, role);
    clear_owner(c.collations, role);
    clear_owner(c.sequences, role);
    clear_owner(c.tables, role);
    clear_owner(c.views, role);
    clear_owner(c.functions, role);
    clear_owner(c.aggregates, role);
    clear_owner(c.event_triggers, role);
    clear_owner(c.publications, role);
    clear_owner(c.foreign_data_wrappers, role);
    clear_owner(c.foreign_servers, role);
}

void bind_current_role(Catalog& c, const std::string& role) {
    if (role.empty()) return;
    rename_role(c, kCurrentRole, role);
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
