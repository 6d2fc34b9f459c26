// tenant-column-type: every tenant column has the same type.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_tenant_column_type(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const Table* t : ctx.tenants.tables()) {
        const Column* c = ctx.tenants.tenant_column(*t);
        if (c->type != ctx.tenants.expected_type())
            report(out, column_key(t->name, c->name), t->name,
                   "is " + c->type + " where the tenant columns are " + ctx.tenants.expected_type());
    }
}

}  // namespace

const Rule tenant_column_type{"tenant-column-type",
                              "one tenant key type keeps joins, foreign keys and the policy cast the same everywhere",
                              RuleSeverity::Error, check_tenant_column_type};

}  // namespace pgfleet::lint::rules
