// Foreign data wrappers: handler, validator and options change in place.
#include "catalog/routine_ref.h"
#include "catalog/sql_name.h"
#include "planner/gen_generic.h"
#include "planner/generic_options_sql.h"

namespace pgfleet {
namespace {

std::string object_name(const ForeignDataWrapper& w) { return "wrapper_" + w.name; }

KindSql kind_sql(const ForeignDataWrapper& w) {
    std::string sql = "CREATE FOREIGN DATA WRAPPER " + sql_ident(w.name);
    if (!w.handler.name.empty()) sql += " HANDLER " + routine_text(w.handler);
    if (!w.validator.name.empty()) sql += " VALIDATOR " + routine_text(w.validator);
    OptionsSql options = create_options_sql(w.options, object_name(w));
    return {with_secret_note(sql + options.clause, options.secrets), "DROP FOREIGN DATA WRAPPER " + sql_ident(w.name),
            "FOREIGN DATA WRAPPER " + sql_ident(w.name), {}};
}

}  // namespace

void plan_foreign_data_wrapper(const Change& c, PlanBuilder& plan) {
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.foreign_data_wrappers.at(c.key.name));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const ForeignDataWrapper& to = plan.in.to.foreign_data_wrappers.at(c.key.name);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) return plan_creation(c.key, sql, plan);
    const ForeignDataWrapper& from = plan.in.from.foreign_data_wrappers.at(c.key.name);
    std::string alter = "ALTER FOREIGN DATA WRAPPER " + sql_ident(to.name);
    std::string clauses;
    if (changes_attribute(c, "handler"))
        clauses += to.handler.name.empty() ? " NO HANDLER" : " HANDLER " + routine_text(to.handler);
    if (changes_attribute(c, "validator"))
        clauses += to.validator.name.empty() ? " NO VALIDATOR" : " VALIDATOR " + routine_text(to.validator);
    OptionsSql options = alter_options_sql(from.options, to.options, object_name(to));
    clauses += options.clause;
    if (!clauses.empty())
        plan.add({.sql = with_secret_note(alter + clauses, options.secrets), .object = c.key,
                  .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {c.key}});
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
