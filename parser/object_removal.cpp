#include "parser/object_removal.h"

#include <algorithm>
#include <set>

#include "catalog/dependencies.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

bool expr_uses(const std::optional<Expr>& e, const ObjectKey& key) {
    return e && std::find(e->refs.begin(), e->refs.end(), key) != e->refs.end();
}

bool constraint_uses_column(const Constraint& c, const std::string& column) {
    if (std::find(c.columns.begin(), c.columns.end(), column) != c.columns.end()) return true;
    if (std::find(c.include.begin(), c.include.end(), column) != c.include.end()) return true;
    for (const auto& e : c.exclusion)
        if (e.element.column == column) return true;
    return false;
}

bool index_uses_column(const Index& idx, const QualifiedName& table, const std::string& column) {
    ObjectKey key = column_key(table, column);
    for (const auto& el : idx.elements)
        if (el.column == column || expr_uses(el.expression, key)) return true;
    if (std::find(idx.include.begin(), idx.include.end(), column) != idx.include.end()) return true;
    return expr_uses(idx.predicate, key);
}

[[noreturn]] void refuse(const std::string& what, const std::string& dependent) {
    throw StatementError("invalid", "cannot drop " + what + " because other objects depend on it (" + dependent +
                                        "); use CASCADE");
}

// Foreign keys in other tables that point at `table` (optionally at one of its columns).
std::vector<std::pair<QualifiedName, std::string>> referencing_foreign_keys(const Catalog& c, const QualifiedName& table,
                                                                           const std::string& column = "") {
    std::vector<std::pair<QualifiedName, std::string>> out;
    for (const auto& [name, t] : c.tables) {
        for (const auto& con : t.constraints) {
            if (con.type != ConstraintType::ForeignKey || con.references.table != table) continue;
            if (name == table && column.empty()) continue;
            const auto& cols = con.references.columns;
            if (column.empty() || std::find(cols.begin(), cols.end(), column) != cols.end()) out.push_back({name, con.name});
        }
    }
    return out;
}

void erase_constraint(Catalog& c, const QualifiedName& table, const std::string& name) {
    auto& cons = c.tables.at(table).constraints;
    cons.erase(std::remove_if(cons.begin(), cons.end(), [&](const Constraint& x) { return x.name == name; }), cons.end());
}

}  // namespace

void remove_table(Catalog& c, const QualifiedName& table, DropBehavior behavior) {
    auto fks = referencing_foreign_keys(c, table);
    if (!fks.empty() && behavior == DropBehavior::Restrict)
        refuse("table " + table.name, "constraint " + fks[0].second + " on table " + fks[0].first.name);
    for (const auto& [t, con] : fks) erase_constraint(c, t, con);
    for (auto it = c.indexes.begin(); it != c.indexes.end();)
        it = it->second.table == table ? c.indexes.erase(it) : std::next(it);
    for (auto it = c.sequences.begin(); it != c.sequences.end();)
        it = it->second.owned_by && it->second.owned_by->table == table ? c.sequences.erase(it) : std::next(it);
    remove_table_attachments(c, table);
    c.tables.erase(table);
}

void remove_column(Catalog& c, const QualifiedName& table, const std::string& column, DropBehavior behavior) {
    auto fks = referencing_foreign_keys(c, table, column);
    if (!fks.empty() && behavior == DropBehavior::Restrict)
        refuse("column " + column, "constraint " + fks[0].second + " on table " + fks[0].first.name);
    for (const auto& [t, con] : fks) erase_constraint(c, t, con);
    Table& t = c.tables.at(table);
    ObjectKey key = column_key(table, column);
    std::vector<std::string> gone;
    for (const auto& con : t.constraints)
        if (constraint_uses_column(con, column) || expr_uses(con.check, key) || expr_uses(con.where, key))
            gone.push_back(con.name);
    for (const auto& g : gone) erase_constraint(c, table, g);
    for (auto it = c.indexes.begin(); it != c.indexes.end();)
        it = it->second.table == table && index_uses_column(it->second, table, column) ? c.indexes.erase(it) : std::next(it);
    for (auto it = c.sequences.begin(); it != c.sequences.end();) {
        const auto& owner = it->second.owned_by;
        it = owner && owner->table == table && owner->column == column ? c.sequences.erase(it) : std::next(it);
    }
    t.columns.erase(std::remove_if(t.columns.begin(), t.columns.end(), [&](const Column& x) { return x.name == column; }),
                    t.columns.end());
}

void remove_constraint(Catalog& c, const QualifiedName& table, const std::string& name, DropBehavior behavior) {
    const Constraint* con = c.tables.at(table).find_constraint(name);
    if (con && (con->type == ConstraintType::PrimaryKey || con->type == ConstraintType::Unique)) {
        // Foreign keys elsewhere may rely on this key.
        std::vector<std::pair<QualifiedName, std::string>> dependents;
        for (const auto& [tname, t] : c.tables)
            for (const auto& other : t.constraints)
                if (other.type == ConstraintType::ForeignKey && other.references.table == table &&
                    other.references.columns == con->columns)
                    dependents.push_back({tname, other.name});
        if (!dependents.empty() && behavior == DropBehavior::Restrict)
            refuse("constraint " + name, "constraint " + dependents[0].second + " on table " + dependents[0].first.name);
        for (const auto& [t, n] : dependents) erase_constraint(c, t, n);
    }
    erase_constraint(c, table, name);
}

void remove_sequence(Catalog& c, const QualifiedName& sequence, DropBehavior behavior) {
    ObjectKey key = sequence_key(sequence);
    for (auto& [tname, t] : c.tables) {
        for (auto& col : t.columns) {
            if (!expr_uses(col.default_value, key)) continue;
            if (behavior == DropBehavior::Restrict) refuse("sequence " + sequence.name, "default value for column " + col.name + " of table " + tname.name);
        }
    }
    for (auto& [tname, t] : c.tables)
        for (auto& col : t.columns)
            if (expr_uses(col.default_value, key)) col.default_value.reset();
    c.sequences.erase(sequence);
}

void remove_type(Catalog& c, const QualifiedName& type, DropBehavior behavior) {
    remove_object(c, type_key(type), behavior);
}

void remove_index(Catalog& c, const QualifiedName& index) { c.indexes.erase(index); }

void remove_schema(Catalog& c, const std::string& schema, DropBehavior behavior) {
    std::vector<QualifiedName> tables, sequences, indexes;
    std::vector<ObjectKey> others;
    for (const auto& [n, t] : c.tables) if (n.schema == schema) tables.push_back(n);
    for (const auto& [n, s] : c.sequences) if (n.schema == schema) sequences.push_back(n);
    for (const auto& [n, i] : c.indexes) if (n.schema == schema) indexes.push_back(n);
    for (const auto& [n, e] : c.enums) if (n.schema == schema) others.push_back(type_key(n));
    for (const auto& [n, d] : c.domains) if (n.schema == schema) others.push_back(type_key(n));
    for (const auto& [n, t] : c.composite_types) if (n.schema == schema) others.push_back(type_key(n));
    for (const auto& [n, r] : c.range_types) if (n.schema == schema) others.push_back(type_key(n));
    for (const auto& [n, coll] : c.collations) if (n.schema == schema) others.push_back(collation_key(n));
    for (const auto& [k, a] : c.aggregates) if (k.schema == schema) others.push_back(k);
    for (const auto& [k, f] : c.functions) if (k.schema == schema) others.push_back(k);
    for (const auto& [n, v] : c.views) if (n.schema == schema) others.push_back(view_key(n));
    bool empty = tables.empty() && sequences.empty() && indexes.empty() && others.empty();
    for (const auto& [n, e] : c.extensions) if (e.schema == schema) empty = false;
    if (!empty && behavior == DropBehavior::Restrict) refuse("schema " + schema, "objects in it");
    for (const auto& t : tables) if (c.tables.count(t)) remove_table(c, t, DropBehavior::Cascade);
    for (const auto& s : sequences) if (c.sequences.count(s)) remove_sequence(c, s, DropBehavior::Cascade);
    for (const auto& i : indexes) c.indexes.erase(i);
    for (const auto& k : others) if (c.contains(k)) remove_object(c, k, DropBehavior::Cascade);
    for (auto it = c.extensions.begin(); it != c.extensions.end();)
        it = it->second.schema == schema ? c.extensions.erase(it) : std::next(it);
    remove_object(c, schema_key(schema), DropBehavior::Cascade);
    c.schemas.erase(schema);
}

}  // namespace pgfleet
