// rls-forced: row-level security is forced on every tenant table that enables it.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_rls_forced(const RuleContext& ctx, std::vector<Finding>& out) {
    // A table without RLS at all is rls-enabled's finding; one finding per mistake.
    for (const Table* t : ctx.tenants.tables())
        if (t->rls_enabled && !t->rls_forced)
            report(out, table_key(t->name), t->name,
                   "enables row-level security without forcing it (ALTER TABLE ... FORCE ROW LEVEL SECURITY); "
                   "the table owner bypasses the policies",
                   {"force_row_security", "row_security"});
}

}  // namespace

const Rule rls_forced{"rls-forced",
                      "unforced row-level security does not apply to the table's owner, usually the application's role",
                      RuleSeverity::Error, check_rls_forced};

}  // namespace pgfleet::lint::rules
