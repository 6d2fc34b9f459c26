// fk-includes-tenant: foreign keys between tenant tables pair the tenant columns.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_fk_includes_tenant(const RuleContext& ctx, std::vector<Finding>& out) {
    const std::string& tc = ctx.config.tenant_column;
    for (const Table* t : ctx.tenants.tables()) {
        for (const auto& c : t->constraints) {
            if (c.type != ConstraintType::ForeignKey || !ctx.tenants.is_tenant_table(c.references.table)) continue;
            bool paired = false;
            for (size_t i = 0; i < c.columns.size() && i < c.references.columns.size(); ++i)
                paired |= c.columns[i] == tc && c.references.columns[i] == tc;
            if (!paired)
                report(out, constraint_key(t->name, c.name), t->name,
                       "references tenant table " + display_name(table_key(c.references.table)) + " without " + tc +
                           " on both sides; reference (" + tc + ", ...)");
        }
    }
}

}  // namespace

const Rule fk_includes_tenant{"fk-includes-tenant",
                              "a foreign key without the tenant column can point a row at another tenant's row",
                              RuleSeverity::Error, check_fk_includes_tenant};

}  // namespace pgfleet::lint::rules
