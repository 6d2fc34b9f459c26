#include "catalog/object_access.h"

#include "catalog/model_json.h"

namespace pgfleet {
namespace {

template <class Map, class K>
auto* find_in(Map& map, const K& key) {
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

Table* table_of(Catalog& c, const ObjectKey& k) { return find_in(c.tables, QualifiedName{k.schema, k.name}); }

// Calls f with a pointer to the object's struct (or nullptr); columns and constraints are
// reached through their table.
template <class F>
auto visit(Catalog& c, const ObjectKey& k, F&& f) {
    QualifiedName qn{k.schema, k.name};
    switch (k.kind) {
        case ObjectKind::Schema: return f(find_in(c.schemas, k.name));
        case ObjectKind::Extension: return f(find_in(c.extensions, k.name));
        case ObjectKind::Type:
            if (auto* e = find_in(c.enums, qn)) return f(e);
            if (auto* d = find_in(c.domains, qn)) return f(d);
            if (auto* t = find_in(c.composite_types, qn)) return f(t);
            return f(find_in(c.range_types, qn));
        case ObjectKind::Sequence: return f(find_in(c.sequences, qn));
        case ObjectKind::Table: return f(find_in(c.tables, qn));
        case ObjectKind::Column: {
            Table* t = table_of(c, k);
            return f(t ? t->find_column(k.sub) : nullptr);
        }
        case ObjectKind::Constraint: {
            Table* t = table_of(c, k);
            return f(t ? t->find_constraint(k.sub) : nullptr);
        }
        case ObjectKind::Index: return f(find_in(c.indexes, qn));
        case ObjectKind::Default: return f(static_cast<Column*>(nullptr));
        case ObjectKind::View: return f(find_in(c.views, qn));
        case ObjectKind::Function:
            if (auto* fn = find_in(c.functions, k)) return f(fn);
            return f(find_in(c.aggregates, k));
        case ObjectKind::Trigger: return f(find_in(c.triggers, k));
        case ObjectKind::Policy: return f(find_in(c.policies, k));
        case ObjectKind::Rule: return f(find_in(c.rules, k));
        case ObjectKind::Collation: return f(find_in(c.collations, qn));
        case ObjectKind::EventTrigger: return f(find_in(c.event_triggers, k.name));
        case ObjectKind::Publication: return f(find_in(c.publications, k.name));
        case ObjectKind::ForeignDataWrapper: return f(find_in(c.foreign_data_wrappers, k.name));
        case ObjectKind::ForeignServer: return f(find_in(c.foreign_servers, k.name));
        case ObjectKind::UserMapping: return f(find_in(c.user_mappings, k));
        case ObjectKind::DefaultPrivilege: return f(find_in(c.default_privileges, k));
    }
    return f(static_cast<Column*>(nullptr));
}

template <class T>
concept HasComment = requires(T t) { t.comment; };
template <class T>
concept HasOwner = requires(T t) { t.owner; };
template <class T>
concept HasPrivileges = requires(T t) { t.privileges; };

}  // namespace

std::string* comment_of(Catalog& c, const ObjectKey& k) {
    return visit(c, k, [](auto* o) -> std::string* {
        if constexpr (HasComment<std::remove_pointer_t<decltype(o)>>) return o ? &o->comment : nullptr;
        else return nullptr;
    });
}

std::string* owner_of(Catalog& c, const ObjectKey& k) {
    return visit(c, k, [](auto* o) -> std::string* {
        if constexpr (HasOwner<std::remove_pointer_t<decltype(o)>>) return o ? &o->owner : nullptr;
        else return nullptr;
    });
}

Privileges* privileges_of(Catalog& c, const ObjectKey& k) {
    return visit(c, k, [](auto* o) -> Privileges* {
        if constexpr (HasPrivileges<std::remove_pointer_t<decltype(o)>>) return o ? &o->privileges : nullptr;
        else return nullptr;
    });
}

const Privileges* privileges_of(const Catalog& c, const ObjectKey& k) {
    return privileges_of(const_cast<Catalog&>(c), k);
}

nlohmann::json object_json(const Catalog& c, const ObjectKey& k) {
    return visit(const_cast<Catalog&>(c), k, [](auto* o) -> nlohmann::json {
        if (!o) return nullptr;
        return nlohmann::json(*o);
    });
}

const char* type_kind_name(const Catalog& c, const QualifiedName& n) {
    if (c.enums.count(n)) return "enum";
    if (c.domains.count(n)) return "domain";
    if (c.composite_types.count(n)) return "composite";
    if (c.range_types.count(n)) return "range";
    return "";
}

}  // namespace pgfleet
