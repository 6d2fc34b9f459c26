// Domains. Default, NOT NULL and constraints change in place; a new base type or collation
// rebuilds the domain around the columns that use it (type_swap.h).
#include <algorithm>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/type_swap.h"

namespace pgfleet {
namespace {

std::string check_clause(const DomainConstraint& c) {
    return "CONSTRAINT " + sql_ident(c.name) + " CHECK (" + c.check.sql + ")" + (c.validated ? "" : " NOT VALID");
}

// CREATE DOMAIN takes validated constraints only; NOT VALID ones are added after it.
std::string create_sql(const Domain& d) {
    std::string sql = "CREATE DOMAIN " + ddl::name(d.name) + " AS " + d.base_type;
    if (!d.collation.empty()) sql += " COLLATE " + d.collation;
    if (d.default_value) sql += " DEFAULT " + d.default_value->sql;
    if (d.not_null) sql += " NOT NULL";
    for (const auto& c : d.constraints)
        if (c.validated) sql += " " + check_clause(c);
    return sql;
}

KindSql kind_sql(const Domain& d) {
    return {create_sql(d), "DROP DOMAIN " + ddl::name(d.name), "DOMAIN " + ddl::name(d.name), {}};
}

Statement alter(const Change& c, const Domain& d, const std::string& clause) {
    return {.sql = "ALTER DOMAIN " + ddl::name(d.name) + " " + clause, .object = c.key, .action = ChangeAction::Alter,
            .phase = Phase::Alter, .modifies = {c.key}};
}

void comment_constraint(const Change& c, const Domain& d, const DomainConstraint& con, PlanBuilder& plan) {
    Statement s = alter(c, d, "");
    s.sql = "COMMENT ON CONSTRAINT " + sql_ident(con.name) + " ON DOMAIN " + ddl::name(d.name) + " IS " +
            (con.comment.empty() ? "NULL" : sql_literal(con.comment));
    s.phase = Phase::Annotate;
    s.modifies.clear();
    s.needs = {c.key};
    plan.add(std::move(s));
}

// What CREATE DOMAIN could not say: NOT VALID constraints, constraint comments. They follow
// statements that need the domain, so they need it too rather than provide it.
void complete_creation(const Change& c, const Domain& d, PlanBuilder& plan) {
    for (const auto& con : d.constraints) {
        if (!con.validated) {
            Statement s = alter(c, d, "ADD " + check_clause(con));
            s.modifies.clear();
            s.needs = {c.key};
            plan.add(std::move(s));
        }
        if (!con.comment.empty()) comment_constraint(c, d, con, plan);
    }
}

const DomainConstraint* find(const Domain& d, const std::string& name) {
    auto it = std::find_if(d.constraints.begin(), d.constraints.end(),
                           [&](const DomainConstraint& x) { return x.name == name; });
    return it == d.constraints.end() ? nullptr : &*it;
}

void alter_constraints(const Change& c, const Domain& from, const Domain& to, PlanBuilder& plan) {
    // A constraint is replaced when its check changes or it must stop being validated.
    auto replaced = [&](const DomainConstraint& old, const DomainConstraint& now) {
        return !(old.check == now.check) || (old.validated && !now.validated);
    };
    for (const auto& old : from.constraints) {
        const DomainConstraint* now = find(to, old.name);
        if (!now || replaced(old, *now)) plan.add(alter(c, to, "DROP CONSTRAINT " + sql_ident(old.name)));
    }
    for (const auto& now : to.constraints) {
        const DomainConstraint* old = find(from, now.name);
        if (!old || replaced(*old, now)) {
            plan.add(alter(c, to, "ADD " + check_clause(now)));
            if (!now.comment.empty()) comment_constraint(c, to, now, plan);
            continue;
        }
        if (!old->validated && now.validated) plan.add(alter(c, to, "VALIDATE CONSTRAINT " + sql_ident(now.name)));
        if (old->comment != now.comment) comment_constraint(c, to, now, plan);
    }
}

}  // namespace

void plan_domain(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.domains.at(qn));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const Domain& to = plan.in.to.domains.at(qn);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) {
        plan_creation(c.key, sql, plan);
        return complete_creation(c, to, plan);
    }
    if (c.replace) {
        plan_type_swap(c, TypeSwap{sql}, plan);
        return complete_creation(c, to, plan);
    }
    const Domain& from = plan.in.from.domains.at(qn);
    if (changes_attribute(c, "default"))
        plan.add(alter(c, to, to.default_value ? "SET DEFAULT " + to.default_value->sql : "DROP DEFAULT"));
    if (changes_attribute(c, "not_null")) plan.add(alter(c, to, to.not_null ? "SET NOT NULL" : "DROP NOT NULL"));
    if (changes_attribute(c, "constraints")) alter_constraints(c, from, to, plan);
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
