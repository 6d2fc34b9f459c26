#include "differ/inherited_column.h"

#include <type_traits>

#include "catalog/inheritance.h"
#include "differ/table_parts.h"

namespace pgfleet {
namespace {

const Column* column_in(const Catalog& c, const QualifiedName& table, const std::string& column) {
    auto it = c.tables.find(table);
    return it == c.tables.end() ? nullptr : it->second.find_column(column);
}

// Whether statements on a table's own column set a setting: a changed value or a new column;
// for the default also a retyped or re-added column (it is dropped and set around that).
template <class V>
bool own_statement_sets(V Column::*setting, const Column* before, const Column& after) {
    if (!before || !(before->*setting == after.*setting)) return true;
    if constexpr (std::is_same_v<V, std::optional<Expr>>)
        return (before->*setting && (before->type != after.type || before->collation != after.collation)) ||
               column_replaced(*before, after);
    return false;
}

// Whether a statement on this table or one above sets the setting on this table's column.
template <class V>
bool reached(V Column::*setting, const Catalog& from, const Catalog& to, const Table& table, const std::string& column) {
    const Column& after = *table.find_column(column);
    const Column* before = column_in(from, table.name, column);
    if (!column_follows_parent(from, to, table, column)) return own_statement_sets(setting, before, after);
    const Table& parent = *single_parent(to, table);
    bool above = reached(setting, from, to, parent, column);
    // A column the parent gains in this plan comes to the table with the parent's setting.
    const V& incoming = above || !before ? parent.find_column(column)->*setting : before->*setting;
    return above || !(incoming == after.*setting);
}

template <class V>
void take_from_parent(Column& out, V Column::*setting, const Catalog& from, const Catalog& to, const Table& table,
                      const std::string& column, bool is_new) {
    const Table& parent = *single_parent(to, table);
    if (is_new || reached(setting, from, to, parent, column)) out.*setting = parent.find_column(column)->*setting;
}

}  // namespace

bool column_follows_parent(const Catalog& from, const Catalog& to, const Table& table, const std::string& column) {
    const Table* parent = single_parent(to, table);
    if (!parent || !parent->find_column(column)) return false;
    auto was = from.tables.find(table.name);
    if (was == from.tables.end()) return false;
    const Table* parent_before = single_parent(from, was->second);
    return parent_before && parent_before->name == parent->name;
}

Column column_after_parents(const Catalog& from, const Catalog& to, const Table& table, const std::string& column) {
    const Column* before = column_in(from, table.name, column);
    Column out = before ? *before : *table.find_column(column);
    bool is_new = !before;
    take_from_parent(out, &Column::default_value, from, to, table, column, is_new);
    take_from_parent(out, &Column::statistics, from, to, table, column, is_new);
    take_from_parent(out, &Column::storage, from, to, table, column, is_new);
    take_from_parent(out, &Column::not_null, from, to, table, column, is_new);
    if (is_new) {
        // Nothing of its own yet: what the new column arrives with.
        out.comment.clear();
        out.options.clear();
        out.privileges = {};
        out.compression.clear();
    }
    return out;
}

}  // namespace pgfleet
