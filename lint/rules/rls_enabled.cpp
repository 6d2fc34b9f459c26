// rls-enabled: row-level security is enabled on every tenant table.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_rls_enabled(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const Table* t : ctx.tenants.tables())
        if (!t->rls_enabled)
            report(out, table_key(t->name), t->name,
                   "does not enable row-level security (ALTER TABLE ... ENABLE ROW LEVEL SECURITY)", {"row_security"});
}

}  // namespace

const Rule rls_enabled{"rls-enabled", "without row-level security the policies are not applied at all",
                       RuleSeverity::Error, check_rls_enabled};

}  // namespace pgfleet::lint::rules
