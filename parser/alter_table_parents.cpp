#include "parser/alter_table_parents.h"

#include <algorithm>

#include "parser/index_uses.h"
#include "parser/partition_copies.h"
#include "parser/partitions.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

Table& parent_table(StatementContext& ctx, const QualifiedName& t) { return ctx.catalog().tables.at(t); }

}  // namespace

// ALTER TABLE parent ATTACH PARTITION child FOR VALUES ...: the child's columns are the
// parent's from now on (as if created with PARTITION OF).
void attach_partition(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    const auto& pc = cmd.at("def").at("PartitionCmd");
    QualifiedName child = ctx.existing_table(pc.at("name"));
    Table& c = parent_table(ctx, child);
    if (c.partition_of) throw StatementError("invalid", "\"" + child.name + "\" is already a partition");
    c.partition_of = PartitionOf{t, build_partition_bound(ctx, parent_table(ctx, t), pc.at("bound"))};
    for (auto& col : c.columns) col.local = false;
    absorb_partition_copies(ctx, t, child);
}

// ALTER INDEX parent ATTACH PARTITION child: the partition's index becomes the parent index's
// copy, which the model keeps only as the parent index (as the catalog is read back).
void attach_partition_index(StatementContext& ctx, const QualifiedName& parent, const pgast::Node& cmd) {
    Catalog& c = ctx.catalog();
    auto names = range_var_names(cmd.at("def").at("PartitionCmd").at("name"));
    auto rel = ctx.scope().find_relation(names);
    auto child = rel ? c.indexes.find(*rel) : c.indexes.end();
    if (child == c.indexes.end() && rel && attach_partition_key(ctx, parent, *rel)) return;
    if (child == c.indexes.end())
        throw StatementError("missing-object", "index \"" + names.back() + "\" does not exist");
    auto p = c.indexes.find(parent);
    if (p == c.indexes.end()) throw StatementError("invalid", "\"" + parent.name + "\" is not a partitioned index");
    const Table& table = parent_table(ctx, child->second.table);
    if (!table.partition_of || table.partition_of->parent != p->second.table)
        throw StatementError("invalid", "cannot attach index \"" + child->second.name.name + "\" as a partition of index \"" +
                                            parent.name + "\": its table is not a partition of the index's table");
    if (!same_index_definition(child->second, p->second))
        throw StatementError("invalid", "cannot attach index \"" + child->second.name.name + "\" as a partition of index \"" +
                                            parent.name + "\": the index definitions do not match");
    ctx.state().attached_index_names[{parent, child->second.table}] = child->second.name.name;
    c.indexes.erase(child);
}

void detach_partition(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    QualifiedName child = ctx.existing_table(cmd.at("def").at("PartitionCmd").at("name"));
    Table& c = parent_table(ctx, child);
    if (!c.partition_of || c.partition_of->parent != t)
        throw StatementError("invalid", "\"" + child.name + "\" is not a partition of \"" + t.name + "\"");
    c.partition_of.reset();
    for (auto& col : c.columns) col.local = true;
    keep_partition_copies(ctx, t, child);
}

void add_inherit(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    QualifiedName parent = ctx.existing_table(cmd.at("def").at("RangeVar"));
    Table& table = parent_table(ctx, t);
    for (const auto& col : parent_table(ctx, parent).columns)
        if (!table.find_column(col.name))
            throw StatementError("invalid", "child table is missing column \"" + col.name + "\"");
    for (const auto& con : parent_table(ctx, parent).constraints)
        if (con.type == ConstraintType::Check && !con.no_inherit && !table.find_constraint(con.name))
            throw StatementError("invalid", "child table is missing constraint \"" + con.name + "\"");
    table.inherits.push_back(parent);
}

void drop_inherit(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    QualifiedName parent = ctx.existing_table(cmd.at("def").at("RangeVar"));
    Table& table = parent_table(ctx, t);
    auto it = std::find(table.inherits.begin(), table.inherits.end(), parent);
    if (it == table.inherits.end()) throw StatementError("invalid", "relation \"" + parent.name + "\" is not a parent");
    table.inherits.erase(it);
    for (auto& col : table.columns) col.local = true;
}

}  // namespace pgfleet
