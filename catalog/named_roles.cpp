#include "catalog/named_roles.h"

#include "catalog/current_role.h"

namespace pgfleet {
namespace {

class RoleNames {
public:
    std::map<std::string, ObjectKey> roles;

    void add(const std::string& role, const ObjectKey& by) {
        if (role.empty() || role == "public" || role == "PUBLIC" || role == kCurrentRole) return;
        roles.emplace(role, by);
    }
    void add(const Privileges& privileges, const ObjectKey& by) {
        for (const auto& g : privileges) add(g.grantee, by);
    }
    // Objects with an owner and privileges, keyed by `key_of` their map key.
    template <class Map, class KeyOf>
    void add_all(const Map& map, KeyOf key_of) {
        for (const auto& [name, object] : map) {
            ObjectKey key = key_of(name);
            add(object.owner, key);
            add(object.privileges, key);
        }
    }
};

}  // namespace

std::map<std::string, ObjectKey> named_roles(const Catalog& c) {
    RoleNames r;
    r.add_all(c.schemas, schema_key);
    r.add_all(c.enums, type_key);
    r.add_all(c.domains, type_key);
    r.add_all(c.composite_types, type_key);
    r.add_all(c.range_types, type_key);
    r.add_all(c.sequences, sequence_key);
    r.add_all(c.tables, table_key);
    r.add_all(c.views, view_key);
    r.add_all(c.functions, [](const ObjectKey& k) { return k; });
    r.add_all(c.aggregates, [](const ObjectKey& k) { return k; });
    r.add_all(c.foreign_data_wrappers, fdw_key);
    r.add_all(c.foreign_servers, server_key);
    for (const auto& [name, t] : c.tables)
        for (const auto& col : t.columns) r.add(col.privileges, column_key(name, col.name));
    for (const auto& [name, v] : c.views)
        for (const auto& [column, p] : v.column_privileges) r.add(p, column_key(name, column));
    for (const auto& [key, p] : c.policies)
        for (const auto& role : p.roles) r.add(role, key);
    for (const auto& [key, d] : c.default_privileges) {
        r.add(d.role, key);
        r.add(d.grants, key);
    }
    for (const auto& [key, m] : c.user_mappings) r.add(m.user, key);
    for (const auto& [name, e] : c.event_triggers) r.add(e.owner, event_trigger_key(name));
    for (const auto& [name, p] : c.publications) r.add(p.owner, publication_key(name));
    for (const auto& [name, coll] : c.collations) r.add(coll.owner, collation_key(name));
    return r.roles;
}

}  // namespace pgfleet
