#include "differ/inherited_default.h"

#include "catalog/inheritance.h"
#include "differ/table_parts.h"

namespace pgfleet {
namespace {

struct DefaultReach {
    bool touched = false;  // a statement sets or drops the column's default here or above
    bool own = false;      // this table needs its own statement
};

const Column* column_in(const Catalog& c, const QualifiedName& table, const std::string& column) {
    auto it = c.tables.find(table);
    return it == c.tables.end() ? nullptr : it->second.find_column(column);
}

// Whether the statements on a table's own column set or drop its default: a changed
// default, and a retyped or re-added column (the default is dropped and set around it).
bool own_default_touched(const Column* from, const Column& to) {
    if (!from) return true;
    if (!(from->default_value == to.default_value)) return true;
    if (from->default_value && (from->type != to.type || from->collation != to.collation)) return true;
    return column_replaced(*from, to);
}

DefaultReach reach(const Catalog& from, const Catalog& to, const Table& table, const std::string& column) {
    const Column* mine = table.find_column(column);
    const Column* before = column_in(from, table.name, column);
    if (!mine) return {};
    if (!default_follows_parent(from, to, table, column)) {
        bool touched = own_default_touched(before, *mine);
        return {touched, touched};
    }
    const Table& parent = *single_parent(to, table);
    DefaultReach above = reach(from, to, parent, column);
    // What the column has before its own statement: the parent's new default when the
    // parent's reached it, else its own from before the plan.
    const std::optional<Expr>& incoming =
        above.touched ? parent.find_column(column)->default_value : before ? before->default_value : mine->default_value;
    bool own = !(incoming == mine->default_value);
    return {own || above.touched, own};
}

}  // namespace

bool default_follows_parent(const Catalog& from, const Catalog& to, const Table& table, const std::string& column) {
    const Table* parent = single_parent(to, table);
    if (!parent || !parent->find_column(column)) return false;
    auto was = from.tables.find(table.name);
    if (was == from.tables.end()) return false;
    const Table* parent_before = single_parent(from, was->second);
    return parent_before && parent_before->name == parent->name;
}

bool inherited_default_needs_statement(const Catalog& from, const Catalog& to, const Table& table,
                                       const std::string& column) {
    return reach(from, to, table, column).own;
}

}  // namespace pgfleet
