// tenant-column: every tenant table has the tenant column.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_tenant_column(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const Table* t : ctx.tenants.candidates())
        if (!ctx.tenants.tenant_column(*t))
            report(out, table_key(t->name), t->name,
                   "has no " + ctx.config.tenant_column + " column; add it, or exempt the table if its rows are shared "
                   "by all tenants");
}

}  // namespace

const Rule tenant_column{"tenant-column",
                         "a table without the tenant column cannot be scoped to a tenant, so every tenant sees all of it",
                         RuleSeverity::Error, check_tenant_column};

}  // namespace pgfleet::lint::rules
