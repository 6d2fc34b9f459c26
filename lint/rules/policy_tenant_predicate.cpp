// policy-tenant-predicate: policies compare the tenant column with the configured setting,
// cast to the column's type, in USING and in WITH CHECK.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

bool uses_using(const Policy& p) { return p.command != "INSERT"; }
bool uses_check(const Policy& p) { return p.command == "ALL" || p.command == "INSERT" || p.command == "UPDATE"; }

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " and ") + p;
    return out;
}

void check_policy_tenant_predicate(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const auto& [key, p] : ctx.catalog.policies) {
        auto it = ctx.catalog.tables.find(p.table);
        // Restrictive policies narrow further; the scoping is the permissive policies' job.
        if (!p.permissive || it == ctx.catalog.tables.end() || !ctx.tenants.is_tenant_table(p.table)) continue;
        const Table& t = it->second;
        std::vector<std::string> missing, wrong;
        if (uses_using(p) && !p.using_expr) missing.push_back("USING");
        if (uses_using(p) && p.using_expr && ctx.tenants.scope_of(t, *p.using_expr) == Scope::WrongForm)
            wrong.push_back("USING");
        // INSERT without WITH CHECK is unscoped (policy-unscoped); ALL and UPDATE would reuse
        // USING, which hides the check from whoever edits USING later.
        if (uses_check(p) && !p.check_expr && p.command != "INSERT" && !ctx.tenants.restricted_to_tenant(t, p.command, true))
            missing.push_back("WITH CHECK");
        if (uses_check(p) && p.check_expr && ctx.tenants.scope_of(t, *p.check_expr) == Scope::WrongForm)
            wrong.push_back("WITH CHECK");
        if (wrong.empty() && missing.empty()) continue;
        std::string want = ctx.tenants.expected_predicate(t);
        std::string text =
            wrong.empty() ? "" : "has " + joined(wrong) + (wrong.size() == 1 ? " that does" : " that do") + " not require " + want;
        if (!missing.empty())
            text += (text.empty() ? "has no " : ", and no ") + joined(missing) + "; write " + joined(missing) + " (" +
                    want + ")";
        report(out, key, p.table, text);
    }
}

}  // namespace

const Rule policy_tenant_predicate{
    "policy-tenant-predicate",
    "only the exact tenant comparison, with the setting cast to the column's type, scopes rows and keeps the tenant index usable",
    RuleSeverity::Error, check_policy_tenant_predicate};

}  // namespace pgfleet::lint::rules
