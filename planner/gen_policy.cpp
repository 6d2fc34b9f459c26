// Row-level security policies.
#include "catalog/current_role.h"
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

std::string roles_sql(const Policy& p) {
    std::string out;
    for (const auto& r : p.roles) out += (out.empty() ? "" : ", ") + (r == "public" ? std::string("PUBLIC") : r == kCurrentRole ? r : sql_ident(r));
    return out;
}

std::string create_policy(const Policy& p) {
    std::string out = "CREATE POLICY " + sql_ident(p.name) + " ON " + ddl::name(p.table) +
                      (p.permissive ? " AS PERMISSIVE" : " AS RESTRICTIVE") + " FOR " + p.command + " TO " + roles_sql(p);
    if (p.using_expr) out += " USING (" + p.using_expr->sql + ")";
    if (p.check_expr) out += " WITH CHECK (" + p.check_expr->sql + ")";
    return out;
}

}  // namespace

void plan_policy(const Change& c, PlanBuilder& plan) {
    const Policy* from = plan.in.from.policies.count(c.key) ? &plan.in.from.policies.at(c.key) : nullptr;
    const Policy* to = plan.in.to.policies.count(c.key) ? &plan.in.to.policies.at(c.key) : nullptr;
    KindSql sql_from, sql_to;
    if (from) sql_from.drop = "DROP POLICY " + sql_ident(from->name) + " ON " + ddl::name(from->table);
    if (to) sql_to.create = create_policy(*to);
    plan_by_definition(c, plan, from ? &sql_from : nullptr, to ? &sql_to : nullptr);
    if (c.action != ChangeAction::Alter || c.replace) return;
    std::string alter;
    if (changes_attribute(c, "roles")) alter += " TO " + roles_sql(*to);
    if (changes_attribute(c, "using") && to->using_expr) alter += " USING (" + to->using_expr->sql + ")";
    if (changes_attribute(c, "check") && to->check_expr) alter += " WITH CHECK (" + to->check_expr->sql + ")";
    if (alter.empty()) return;
    Statement s{.sql = "ALTER POLICY " + sql_ident(to->name) + " ON " + ddl::name(to->table) + alter, .object = c.key,
                .action = ChangeAction::Alter, .phase = Phase::Alter};
    s.modifies = {c.key};
    plan.add(std::move(s));
}

}  // namespace pgfleet
