// policy-unscoped: no permissive policy lets rows through without looking at the tenant.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_policy_unscoped(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const auto& [key, p] : ctx.catalog.policies) {
        auto it = ctx.catalog.tables.find(p.table);
        if (!p.permissive || it == ctx.catalog.tables.end() || !ctx.tenants.is_tenant_table(p.table)) continue;
        const Table& t = it->second;
        // A restrictive scoped policy beside it keeps what it lets through to one tenant.
        bool using_open = !ctx.tenants.restricted_to_tenant(t, p.command, false);
        bool check_open = !ctx.tenants.restricted_to_tenant(t, p.command, true);
        std::vector<std::string> clauses;
        if (using_open && p.using_expr && ctx.tenants.scope_of(t, *p.using_expr) == Scope::Unscoped) clauses.push_back("USING");
        if (check_open && p.check_expr && ctx.tenants.scope_of(t, *p.check_expr) == Scope::Unscoped)
            clauses.push_back("WITH CHECK");
        std::string fix = "; scope it with " + ctx.tenants.expected_predicate(t);
        // An INSERT policy without WITH CHECK accepts any row.
        if (p.command == "INSERT" && !p.check_expr && check_open)
            report(out, key, p.table, "has no WITH CHECK, so it accepts rows of every tenant" + fix);
        else if (!clauses.empty())
            report(out, key, p.table,
                   "lets every tenant's rows through: " + (clauses.size() == 2 ? std::string("USING and WITH CHECK never compare ")
                                                                                : clauses[0] + " never compares ") +
                       ctx.config.tenant_column + fix);
    }
}

}  // namespace

const Rule policy_unscoped{"policy-unscoped",
                           "permissive policies are OR-ed: one USING (true) opens the table to every tenant",
                           RuleSeverity::Error, check_policy_unscoped};

}  // namespace pgfleet::lint::rules
