// tenant-index: each tenant table has an index that leads with the tenant column.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

// Keys and indexes of the table and of the tables it is a partition of (a partitioned
// table's indexes exist on each partition).
bool has_leading_index(const RuleContext& ctx, const Table& t) {
    const std::string& tc = ctx.config.tenant_column;
    for (const auto& c : t.constraints)
        if ((c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique) && !c.columns.empty() &&
            c.columns.front() == tc)
            return true;
    // A partial index serves only the rows of its predicate.
    for (const Index* idx : ctx.tenants.indexes_of(t.name))
        if (!idx->predicate && !idx->elements.empty() && idx->elements.front().column == tc) return true;
    if (t.partition_of)
        if (auto it = ctx.catalog.tables.find(t.partition_of->parent); it != ctx.catalog.tables.end())
            return has_leading_index(ctx, it->second);
    return false;
}

void check_tenant_index(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const Table* t : ctx.tenants.tables())
        if (!has_leading_index(ctx, *t))
            report(out, table_key(t->name), t->name,
                   "has no index that starts with " + ctx.config.tenant_column + " (a primary key (" +
                       ctx.config.tenant_column + ", ...) is one)");
}

}  // namespace

const Rule tenant_index{"tenant-index",
                        "every policy filters on the tenant column; without an index leading with it each query scans",
                        RuleSeverity::Warning, check_tenant_index};

}  // namespace pgfleet::lint::rules
