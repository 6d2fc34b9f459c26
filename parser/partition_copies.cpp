#include "parser/partition_copies.h"

#include <algorithm>

#include "parser/expressions.h"
#include "parser/implicit_names.h"
#include "parser/statement_error.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

bool builds_index(const Constraint& c) {
    return c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique ||
           c.type == ConstraintType::Exclusion;
}

// A key or foreign key the same but for its name and comment.
bool same_constraint(Constraint a, Constraint b) {
    a.name = b.name;
    a.comment = b.comment;
    a.index_options = b.index_options;
    return a == b;
}

Expr for_partition(StatementContext& ctx, const Table& table, const Expr& e) {
    return make_expr_from_text(e.sql, ExprContext{ctx.scope(), table.name, 0, &table});
}

// The name PostgreSQL picks for an index it builds on a partition (ChooseIndexName).
std::string copy_name(StatementContext& ctx, const Table& table, const Index& idx, const std::string& label) {
    pgast::Node params = pgast::Node::array();
    for (const auto& el : idx.elements) {
        pgast::Node elem = pgast::Node::object();
        if (el.column.empty()) elem["expr"] = pgast::parse_expression(el.expression->sql);
        else elem["name"] = el.column;
        params.push_back({{"IndexElem", elem}});
    }
    return choose_relation_name(ctx.catalog(), table.name.schema, table.name.name,
                                label == "pkey" ? "" : name_addition(index_column_names(params)), label, label != "idx");
}

// The table holding the key constraint whose index is `index`, or nullptr.
Table* table_of_key(Catalog& c, const QualifiedName& index) {
    for (auto& [name, t] : c.tables)
        if (name.schema == index.schema)
            if (const Constraint* con = t.find_constraint(index.name); con && builds_index(*con)) return &t;
    return nullptr;
}

}  // namespace

bool attach_partition_key(StatementContext& ctx, const QualifiedName& parent, const QualifiedName& child) {
    Catalog& c = ctx.catalog();
    Table* parent_table = table_of_key(c, parent);
    if (!parent_table) return false;
    Table* child_table = table_of_key(c, child);
    std::string cannot = "cannot attach index \"" + child.name + "\" as a partition of index \"" + parent.name + "\": ";
    if (!child_table) throw StatementError("invalid", cannot + "it backs no constraint, as the parent index does");
    if (!child_table->partition_of || child_table->partition_of->parent != parent_table->name)
        throw StatementError("invalid", cannot + "its table is not a partition of the index's table");
    const Constraint& key = *parent_table->find_constraint(parent.name);
    auto mine = std::find_if(child_table->constraints.begin(), child_table->constraints.end(),
                             [&](const Constraint& x) { return x.name == child.name; });
    if (!same_constraint(*mine, key)) throw StatementError("invalid", cannot + "the index definitions do not match");
    child_table->constraints.erase(mine);
    return true;
}

bool same_index_definition(const Index& a, const Index& b) {
    Index x = a;
    x.name = b.name;
    x.table = b.table;
    x.comment = b.comment;
    x.options = b.options;
    return x == b;
}

void absorb_partition_copies(StatementContext& ctx, const QualifiedName& parent, const QualifiedName& partition) {
    Catalog& c = ctx.catalog();
    std::vector<Index> parent_indexes;
    for (const auto& [n, idx] : c.indexes)
        if (idx.table == parent) parent_indexes.push_back(idx);
    for (const auto& p : parent_indexes)
        for (auto it = c.indexes.begin(); it != c.indexes.end(); ++it)
            if (it->second.table == partition && same_index_definition(it->second, p)) {
                ctx.state().attached_index_names[{p.name, partition}] = it->second.name.name;
                c.indexes.erase(it);
                break;
            }
    const Table& from = c.tables.at(parent);
    Table& to = c.tables.at(partition);
    for (const auto& pc : from.constraints) {
        if (!builds_index(pc) && pc.type != ConstraintType::ForeignKey) continue;
        auto mine = std::find_if(to.constraints.begin(), to.constraints.end(),
                                 [&](const Constraint& x) { return same_constraint(x, pc); });
        if (mine != to.constraints.end()) to.constraints.erase(mine);
    }
}

void keep_partition_copies(StatementContext& ctx, const QualifiedName& parent, const QualifiedName& partition) {
    Catalog& c = ctx.catalog();
    std::vector<Index> parent_indexes;
    for (const auto& [n, idx] : c.indexes)
        if (idx.table == parent) parent_indexes.push_back(idx);
    const Table& table = c.tables.at(partition);
    for (Index idx : parent_indexes) {
        auto known = ctx.state().attached_index_names.find({idx.name, partition});
        std::string name = known != ctx.state().attached_index_names.end() ? known->second : copy_name(ctx, table, idx, "idx");
        for (auto& el : idx.elements)
            if (el.expression) el.expression = for_partition(ctx, table, *el.expression);
        if (idx.predicate) idx.predicate = for_partition(ctx, table, *idx.predicate);
        idx.table = partition;
        idx.name = {partition.schema, name};
        idx.comment.clear();
        c.indexes[idx.name] = idx;
    }
    std::vector<Constraint> copies;
    for (Constraint con : c.tables.at(parent).constraints) {
        if (con.type == ConstraintType::Check) continue;  // inherited checks stay listed on the partition
        if (builds_index(con)) {
            Index shape;
            for (const auto& col : con.columns) shape.elements.push_back(IndexElement{.column = col});
            con.name = copy_name(ctx, table, shape, con.type == ConstraintType::PrimaryKey ? "pkey"
                                                    : con.type == ConstraintType::Unique    ? "key"
                                                                                            : "excl");
        }
        con.comment.clear();
        copies.push_back(con);
    }
    Table& t = c.tables.at(partition);
    for (auto& con : copies)
        if (!t.find_constraint(con.name)) t.constraints.push_back(con);
    std::sort(t.constraints.begin(), t.constraints.end(), [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
}

}  // namespace pgfleet
