#include "catalog/catalog.h"

#include <cstdlib>
#include <stdexcept>

namespace pgfleet {

namespace {

bool scan_for_relation(const Catalog& c, const QualifiedName& name) {
    for (auto it = c.tables.lower_bound(QualifiedName{name.schema, ""});
         it != c.tables.end() && it->first.schema == name.schema; ++it) {
        // Primary key, unique and exclusion constraints own an index of the same name.
        const Constraint* con = it->second.find_constraint(name.name);
        if (con && (con->type == ConstraintType::PrimaryKey || con->type == ConstraintType::Unique ||
                    con->type == ConstraintType::Exclusion))
            return true;
        // Identity columns own a sequence that lives only inside the column model.
        for (const auto& col : it->second.columns)
            if (col.identity && col.identity->sequence == name) return true;
    }
    return false;
}

bool scan_for_constraint(const Catalog& c, const std::string& schema, const std::string& name) {
    for (auto it = c.tables.lower_bound(QualifiedName{schema, ""}); it != c.tables.end() && it->first.schema == schema;
         ++it)
        if (it->second.find_constraint(name)) return true;
    return false;
}

// PGFLEET_CHECK_NAME_INDEX=1: every indexed answer is compared with a walk over the tables
// (the tests run the corpus this way).
bool checking_index() {
    static const bool on = [] {
        const char* v = std::getenv("PGFLEET_CHECK_NAME_INDEX");
        return v && *v == '1';
    }();
    return on;
}

bool checked(bool indexed, bool walked, const std::string& what) {
    if (indexed != walked)
        throw std::logic_error("relation name index disagrees with the catalog on " + what + (indexed ? ": indexed, not in the tables" : ": in the tables, not indexed"));
    return indexed;
}

}  // namespace

bool Catalog::has_relation(const QualifiedName& name) const {
    // A composite type's row lives in pg_class too.
    if (tables.count(name) || views.count(name) || sequences.count(name) || indexes.count(name) ||
        composite_types.count(name))
        return true;
    const RelationNameIndex* index = name_index.index.get();
    if (!index) return scan_for_relation(*this, name);
    bool found = index->has_constraint(*this, name.schema, name.name, true) || index->is_identity_sequence(*this, name);
    return checking_index() ? checked(found, scan_for_relation(*this, name), name.schema + "." + name.name) : found;
}

bool Catalog::has_table_constraint(const std::string& schema, const std::string& name) const {
    const RelationNameIndex* index = name_index.index.get();
    if (!index) return scan_for_constraint(*this, schema, name);
    bool found = index->has_constraint(*this, schema, name, false);
    return checking_index() ? checked(found, scan_for_constraint(*this, schema, name), schema + "." + name) : found;
}

bool Catalog::has_type(const QualifiedName& name) const {
    return enums.count(name) || domains.count(name) || composite_types.count(name) || range_types.count(name) ||
           tables.count(name) || views.count(name) || range_of_multirange(name);
}

bool Catalog::type_name_taken(const QualifiedName& name) const { return has_type(name) || sequences.count(name) > 0; }

const RangeType* Catalog::range_of_multirange(const QualifiedName& name) const {
    for (const auto& [range_name, range] : range_types)
        if (range.multirange == name) return &range;
    return nullptr;
}

bool Catalog::has_routine_named(const QualifiedName& name) const {
    ObjectKey from{ObjectKind::Function, name.schema, name.name, ""};
    auto f = functions.lower_bound(from);
    if (f != functions.end() && f->first.schema == name.schema && f->first.name == name.name) return true;
    auto a = aggregates.lower_bound(from);
    if (a != aggregates.end() && a->first.schema == name.schema && a->first.name == name.name) return true;
    // A range type comes with constructor functions named after it and its multirange.
    return range_types.count(name) || range_of_multirange(name);
}

bool Catalog::contains(const ObjectKey& key) const {
    QualifiedName qn{key.schema, key.name};
    auto column_of = [&]() -> const Column* {
        auto it = tables.find(qn);
        return it == tables.end() ? nullptr : it->second.find_column(key.sub);
    };
    switch (key.kind) {
        case ObjectKind::Schema: return schemas.count(key.name) > 0;
        case ObjectKind::Extension: return extensions.count(key.name) > 0;
        case ObjectKind::Type: return has_type(qn);
        case ObjectKind::Sequence: return sequences.count(qn) > 0;
        case ObjectKind::Table: return tables.count(qn) > 0;
        case ObjectKind::Column: return column_of() != nullptr;
        case ObjectKind::Constraint: {
            auto it = tables.find(qn);
            return it != tables.end() && it->second.find_constraint(key.sub);
        }
        case ObjectKind::Index: return indexes.count(qn) > 0;
        case ObjectKind::Default: {
            const Column* col = column_of();
            return col && col->default_value;
        }
        case ObjectKind::View: return views.count(qn) > 0;
        case ObjectKind::Function: return functions.count(key) > 0 || aggregates.count(key) > 0;
        case ObjectKind::Trigger: return triggers.count(key) > 0;
        case ObjectKind::Policy: return policies.count(key) > 0;
        case ObjectKind::Rule: return rules.count(key) > 0;
        case ObjectKind::Collation: return collations.count(qn) > 0;
        case ObjectKind::EventTrigger: return event_triggers.count(key.name) > 0;
        case ObjectKind::Publication: return publications.count(key.name) > 0;
        case ObjectKind::ForeignDataWrapper: return foreign_data_wrappers.count(key.name) > 0;
        case ObjectKind::ForeignServer: return foreign_servers.count(key.name) > 0;
        case ObjectKind::UserMapping: return user_mappings.count(key) > 0;
        case ObjectKind::DefaultPrivilege: return default_privileges.count(key) > 0;
    }
    return false;
}

std::vector<const Sequence*> Catalog::sequences_owned_by(const QualifiedName& table, const std::string& column) const {
    std::vector<const Sequence*> out;
    for (const auto& [name, seq] : sequences)
        if (seq.owned_by && seq.owned_by->table == table && (column.empty() || seq.owned_by->column == column))
            out.push_back(&seq);
    return out;
}

std::vector<const Index*> Catalog::indexes_of(const QualifiedName& relation) const {
    // An index lives in its table's schema.
    std::vector<const Index*> out;
    for (auto it = indexes.lower_bound(QualifiedName{relation.schema, ""});
         it != indexes.end() && it->first.schema == relation.schema; ++it)
        if (it->second.table == relation) out.push_back(&it->second);
    return out;
}

}  // namespace pgfleet
