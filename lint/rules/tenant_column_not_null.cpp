// tenant-column-not-null: the tenant column is NOT NULL.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_tenant_column_not_null(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const Table* t : ctx.tenants.tables()) {
        const Column* c = ctx.tenants.tenant_column(*t);
        if (!c->not_null) report(out, column_key(t->name, c->name), t->name, "is nullable; declare it NOT NULL");
    }
}

}  // namespace

const Rule tenant_column_not_null{"tenant-column-not-null",
                                  "a row with a NULL tenant belongs to no tenant: no policy ever matches it",
                                  RuleSeverity::Error, check_tenant_column_not_null};

}  // namespace pgfleet::lint::rules
