// Removal by key for the kinds whose dependents are found through the dependency graph:
// types of every kind, collations, aggregates, rules, event triggers, publications, foreign
// data wrappers, servers and user mappings.
#include <algorithm>

#include "catalog/dependencies.h"
#include "parser/object_removal.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// A publication loses a dropped table (or schema) without CASCADE: the server keeps the
// membership as an automatic dependency.
void detach_from_publication(Publication& p, const ObjectKey& gone) {
    if (gone.kind == ObjectKind::Table) {
        QualifiedName t{gone.schema, gone.name};
        p.tables.erase(std::remove_if(p.tables.begin(), p.tables.end(),
                                      [&](const PublicationTable& pt) { return pt.table == t; }),
                       p.tables.end());
    } else if (gone.kind == ObjectKind::Schema) {
        p.schemas.erase(std::remove(p.schemas.begin(), p.schemas.end(), gone.name), p.schemas.end());
    }
}

bool removed_automatically(const ObjectKey& dependent, const ObjectKey& gone) {
    return dependent.kind == ObjectKind::Publication &&
           (gone.kind == ObjectKind::Table || gone.kind == ObjectKind::Schema);
}

void erase_object(Catalog& c, const ObjectKey& k) {
    QualifiedName qn{k.schema, k.name};
    switch (k.kind) {
        case ObjectKind::Type:
            c.enums.erase(qn);
            c.domains.erase(qn);
            c.composite_types.erase(qn);
            c.range_types.erase(qn);
            return;
        case ObjectKind::Table: return remove_table(c, qn, DropBehavior::Cascade);
        case ObjectKind::Column: return remove_column(c, qn, k.sub, DropBehavior::Cascade);
        case ObjectKind::Constraint: return remove_constraint(c, qn, k.sub, DropBehavior::Cascade);
        case ObjectKind::Sequence: return remove_sequence(c, qn, DropBehavior::Cascade);
        case ObjectKind::Index: return remove_index(c, qn);
        case ObjectKind::Default:
            if (Column* col = c.tables.at(qn).find_column(k.sub)) col->default_value.reset();
            return;
        case ObjectKind::View:
            // Its indexes, triggers and rules go with it (contained_objects, not dependents).
            for (const Index* idx : c.indexes_of(qn)) c.indexes.erase(QualifiedName(idx->name));
            remove_table_attachments(c, qn);
            c.views.erase(qn);
            return;
        case ObjectKind::Function:
            c.functions.erase(k);
            c.aggregates.erase(k);
            return;
        case ObjectKind::Trigger: c.triggers.erase(k); return;
        case ObjectKind::Policy: c.policies.erase(k); return;
        case ObjectKind::Rule: c.rules.erase(k); return;
        case ObjectKind::Collation: c.collations.erase(qn); return;
        case ObjectKind::EventTrigger: c.event_triggers.erase(k.name); return;
        case ObjectKind::Publication: c.publications.erase(k.name); return;
        case ObjectKind::ForeignDataWrapper: c.foreign_data_wrappers.erase(k.name); return;
        case ObjectKind::ForeignServer: c.foreign_servers.erase(k.name); return;
        case ObjectKind::UserMapping: c.user_mappings.erase(k); return;
        case ObjectKind::DefaultPrivilege: c.default_privileges.erase(k); return;
        case ObjectKind::Schema:
        case ObjectKind::Extension: return;
    }
}

}  // namespace

void remove_object(Catalog& c, const ObjectKey& key, DropBehavior behavior) {
    std::vector<ObjectKey> inside = contained_objects(c, key);
    std::vector<ObjectKey> dependents;
    DependencyGraph graph(c);
    for (const auto& dep : graph.dependents_of(key)) {
        if (std::find(inside.begin(), inside.end(), dep) != inside.end()) continue;
        // A table's own parts (columns, constraints) go with the table, not as dependents.
        if (key.kind == ObjectKind::Table && dep.schema == key.schema && dep.name == key.name) continue;
        dependents.push_back(dep);
    }
    for (const auto& dep : dependents) {
        if (removed_automatically(dep, key)) continue;
        if (behavior == DropBehavior::Restrict)
            throw StatementError("invalid", "cannot drop " + describe(key) + " because " + describe(dep) +
                                                " depends on it; use CASCADE");
    }
    for (const auto& dep : dependents) {
        if (!c.contains(dep)) continue;
        if (removed_automatically(dep, key)) detach_from_publication(c.publications.at(dep.name), key);
        else remove_object(c, dep, DropBehavior::Cascade);
    }
    if (c.contains(key)) erase_object(c, key);
}

void remove_table_attachments(Catalog& c, const QualifiedName& table) {
    for (auto it = c.triggers.begin(); it != c.triggers.end();)
        it = it->second.table == table ? c.triggers.erase(it) : std::next(it);
    for (auto it = c.policies.begin(); it != c.policies.end();)
        it = it->second.table == table ? c.policies.erase(it) : std::next(it);
    for (auto it = c.rules.begin(); it != c.rules.end();)
        it = it->second.table == table ? c.rules.erase(it) : std::next(it);
    for (auto& [name, p] : c.publications) detach_from_publication(p, table_key(table));
}

}  // namespace pgfleet
