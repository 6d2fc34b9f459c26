// Foreign servers: version and options change in place; a new wrapper or type recreates the
// server (and what uses it, see expand.cpp).
#include "catalog/sql_name.h"
#include "planner/gen_generic.h"
#include "planner/generic_options_sql.h"

namespace pgfleet {
namespace {

std::string object_name(const ForeignServer& s) { return "server_" + s.name; }

KindSql kind_sql(const ForeignServer& s) {
    std::string sql = "CREATE SERVER " + sql_ident(s.name);
    if (!s.type.empty()) sql += " TYPE " + sql_literal(s.type);
    if (!s.version.empty()) sql += " VERSION " + sql_literal(s.version);
    sql += " FOREIGN DATA WRAPPER " + sql_ident(s.wrapper);
    OptionsSql options = create_options_sql(s.options, object_name(s));
    return {with_secret_note(sql + options.clause, options.secrets), "DROP SERVER " + sql_ident(s.name),
            "FOREIGN SERVER " + sql_ident(s.name), {}};
}

}  // namespace

void plan_foreign_server(const Change& c, PlanBuilder& plan) {
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.foreign_servers.at(c.key.name));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const ForeignServer& to = plan.in.to.foreign_servers.at(c.key.name);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) return plan_creation(c.key, sql, plan);
    const ForeignServer& from = plan.in.from.foreign_servers.at(c.key.name);
    if (c.replace) {
        const KindSql old = kind_sql(from);
        return plan_by_definition(c, plan, &old, &sql);
    }
    std::string alter = "ALTER SERVER " + sql_ident(to.name);
    std::string clauses;
    if (changes_attribute(c, "version")) clauses += " VERSION " + (to.version.empty() ? "NULL" : sql_literal(to.version));
    OptionsSql options = alter_options_sql(from.options, to.options, object_name(to));
    clauses += options.clause;
    if (!clauses.empty())
        plan.add({.sql = with_secret_note(alter + clauses, options.secrets), .object = c.key,
                  .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {c.key}});
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
