// policy-coverage: permissive policies cover SELECT, INSERT, UPDATE and DELETE.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_policy_coverage(const RuleContext& ctx, std::vector<Finding>& out) {
    static const std::vector<std::string> kCommands{"SELECT", "INSERT", "UPDATE", "DELETE"};
    for (const Table* t : ctx.tenants.tables()) {
        std::set<std::string> covered;
        // Restrictive policies only narrow what permissive ones allow; alone they allow nothing.
        for (const auto& [key, p] : ctx.catalog.policies)
            if (p.table == t->name && p.permissive) {
                if (p.command == "ALL") covered.insert(kCommands.begin(), kCommands.end());
                else covered.insert(p.command);
            }
        std::string missing;
        for (const auto& c : kCommands)
            if (!covered.count(c)) missing += (missing.empty() ? "" : ", ") + c;
        if (!missing.empty())
            report(out, table_key(t->name), t->name,
                   "has no policy for " + missing + "; add one scoped with " + ctx.tenants.expected_predicate(*t));
    }
}

}  // namespace

const Rule policy_coverage{"policy-coverage",
                           "a command without a policy is a policy someone dropped or forgot; every command is scoped on purpose",
                           RuleSeverity::Error, check_policy_coverage};

}  // namespace pgfleet::lint::rules
