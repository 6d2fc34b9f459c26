#include "catalog/relation_name_index.h"

#include "catalog/catalog.h"

namespace pgfleet {

void RelationNameIndex::rebuild(const Catalog& catalog) {
    constraints_.clear();
    identity_sequences_.clear();
    children_.clear();
    for (const auto& [name, table] : catalog.tables) add_table(name, table);
}

void RelationNameIndex::add_table(const QualifiedName& name, const Table& table) {
    for (const auto& c : table.constraints) constraints_[{name.schema, c.name}].insert(name);
    for (const auto& col : table.columns)
        if (col.identity) identity_sequences_[col.identity->sequence].insert(name);
    if (table.partition_of) children_[table.partition_of->parent].insert(name);
    for (const auto& parent : table.inherits) children_[parent].insert(name);
}

void RelationNameIndex::reread_table(const Catalog& catalog, const QualifiedName& table) {
    std::vector<QualifiedName> pending{table};
    std::set<QualifiedName> seen;
    while (!pending.empty()) {
        QualifiedName name = pending.back();
        pending.pop_back();
        if (!seen.insert(name).second) continue;
        auto t = catalog.tables.find(name);
        if (t == catalog.tables.end()) continue;
        add_table(name, t->second);
        // A change to a partitioned or inherited table reaches its children (ALTER TABLE
        // ... ADD PRIMARY KEY names an index in every partition).
        if (auto kids = children_.find(name); kids != children_.end())
            pending.insert(pending.end(), kids->second.begin(), kids->second.end());
    }
}

bool RelationNameIndex::has_constraint(const Catalog& catalog, const std::string& schema, const std::string& name,
                                       bool owning_index) const {
    auto it = constraints_.find({schema, name});
    if (it == constraints_.end()) return false;
    for (const auto& table : it->second) {
        auto t = catalog.tables.find(table);
        if (t == catalog.tables.end()) continue;
        const Constraint* c = t->second.find_constraint(name);
        if (!c) continue;
        if (!owning_index || c->type == ConstraintType::PrimaryKey || c->type == ConstraintType::Unique ||
            c->type == ConstraintType::Exclusion)
            return true;
    }
    return false;
}

bool RelationNameIndex::is_identity_sequence(const Catalog& catalog, const QualifiedName& sequence) const {
    auto it = identity_sequences_.find(sequence);
    if (it == identity_sequences_.end()) return false;
    for (const auto& table : it->second) {
        auto t = catalog.tables.find(table);
        if (t == catalog.tables.end()) continue;
        for (const auto& col : t->second.columns)
            if (col.identity && col.identity->sequence == sequence) return true;
    }
    return false;
}

}  // namespace pgfleet
