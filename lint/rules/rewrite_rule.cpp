// rewrite-rule: no rewrite rules on tenant tables, nor rules whose actions touch them.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

// The tenant table a rule's actions read or write, if any.
const QualifiedName* touched_tenant_table(const RuleContext& ctx, const pgfleet::Rule& rule) {
    for (const auto& ref : rule.definition.refs) {
        if (ref.kind != ObjectKind::Table) continue;
        auto it = ctx.catalog.tables.find({ref.schema, ref.name});
        if (it != ctx.catalog.tables.end() && ctx.tenants.is_tenant_table(it->first)) return &it->first;
    }
    return nullptr;
}

void check_rewrite_rule(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const auto& [key, r] : ctx.catalog.rules) {
        if (r.name == "_RETURN") continue;  // a view's own query
        if (ctx.tenants.is_tenant_table(r.table)) {
            report(out, key, r.table,
                   "is a rewrite rule on a tenant table: its actions run with the rule owner's rights, beside the "
                   "statement the policies checked; use a trigger");
        } else if (const QualifiedName* t = touched_tenant_table(ctx, r)) {
            report(out, key, *t,
                   "rewrites statements on " + r.table.schema + "." + r.table.name + " into actions on tenant table " +
                       t->schema + "." + t->name + ", run with the rule owner's rights; use a trigger");
        }
    }
}

}  // namespace

const Rule rewrite_rule{"rewrite-rule",
                        "a rule's actions run with its owner's rights, so a DO ALSO on one table can reach other "
                        "tenants' rows of another",
                        RuleSeverity::Error, check_rewrite_rule};

}  // namespace pgfleet::lint::rules
