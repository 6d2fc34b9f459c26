// key-includes-tenant: primary keys, unique constraints and unique indexes include the tenant column.
#include <algorithm>

#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

bool has(const std::vector<std::string>& columns, const std::string& column) {
    return std::find(columns.begin(), columns.end(), column) != columns.end();
}

void check_key_includes_tenant(const RuleContext& ctx, std::vector<Finding>& out) {
    const std::string& tc = ctx.config.tenant_column;
    for (const Table* t : ctx.tenants.tables()) {
        for (const auto& c : t->constraints) {
            if (c.type != ConstraintType::PrimaryKey && c.type != ConstraintType::Unique) continue;
            if (!has(c.columns, tc))
                report(out, constraint_key(t->name, c.name), t->name,
                       std::string("is a ") + (c.type == ConstraintType::PrimaryKey ? "primary key" : "unique constraint") +
                           " without " + tc + "; make it (" + tc + ", ...)");
        }
        for (const Index* idx : ctx.tenants.indexes_of(t->name)) {
            if (!idx->unique) continue;
            std::vector<std::string> columns;
            for (const auto& e : idx->elements) columns.push_back(e.column);
            if (!has(columns, tc))
                report(out, index_key(idx->name), t->name, "is unique without " + tc + "; add " + tc + " to its keys");
        }
    }
}

}  // namespace

const Rule key_includes_tenant{
    "key-includes-tenant",
    "a key unique across tenants lets one tenant learn of another's rows and blocks moving tenants between databases",
    RuleSeverity::Error, check_key_includes_tenant};

}  // namespace pgfleet::lint::rules
