#include "catalog/catalog.h"

namespace pgfleet {

bool Catalog::has_relation(const QualifiedName& name) const {
    if (tables.count(name) || sequences.count(name) || indexes.count(name)) return true;
    for (auto it = tables.lower_bound(QualifiedName{name.schema, ""});
         it != tables.end() && it->first.schema == name.schema; ++it) {
        // Primary key, unique and exclusion constraints own an index of the same name.
        const Constraint* c = it->second.find_constraint(name.name);
        if (c && (c->type == ConstraintType::PrimaryKey || c->type == ConstraintType::Unique ||
                  c->type == ConstraintType::Exclusion))
            return true;
        // Identity columns own a sequence that lives only inside the column model.
        for (const auto& col : it->second.columns)
            if (col.identity && col.identity->sequence == name) return true;
    }
    return false;
}

bool Catalog::has_type(const QualifiedName& name) const { return enums.count(name) || tables.count(name); }

bool Catalog::contains(const ObjectKey& key) const {
    QualifiedName qn{key.schema, key.name};
    switch (key.kind) {
        case ObjectKind::Schema: return schemas.count(key.name) > 0;
        case ObjectKind::Extension: return extensions.count(key.name) > 0;
        case ObjectKind::Type: return has_type(qn);
        case ObjectKind::Sequence: return sequences.count(qn) > 0;
        case ObjectKind::Table: return tables.count(qn) > 0;
        case ObjectKind::Column: {
            auto it = tables.find(qn);
            return it != tables.end() && it->second.find_column(key.sub);
        }
        case ObjectKind::Constraint: {
            auto it = tables.find(qn);
            return it != tables.end() && it->second.find_constraint(key.sub);
        }
        case ObjectKind::Index: return indexes.count(qn) > 0;
        case ObjectKind::Default: {
            auto it = tables.find(qn);
            const Column* col = it == tables.end() ? nullptr : it->second.find_column(key.sub);
            return col && col->default_value;
        }
    }
    return false;
}

std::vector<const Index*> Catalog::indexes_of(const QualifiedName& table) const {
    std::vector<const Index*> out;
    for (const auto& [name, index] : indexes)
        if (index.table == table) out.push_back(&index);
    return out;
}

}  // namespace pgfleet
