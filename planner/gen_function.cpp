// Functions and procedures.
#include "planner/function_sql.h"
#include "planner/gen_generic.h"

namespace pgfleet {

void plan_function(const Change& c, PlanBuilder& plan) {
    const Function* from = plan.in.from.functions.count(c.key) ? &plan.in.from.functions.at(c.key) : nullptr;
    const Function* to = plan.in.to.functions.count(c.key) ? &plan.in.to.functions.at(c.key) : nullptr;
    KindSql sql_from, sql_to;
    if (from) sql_from.drop = "DROP " + ddl::routine_reference(*from);
    if (to) {
        sql_to.create = ddl::create_function(*to, false);
        sql_to.privileges_on = ddl::routine_reference(*to);
    }
    plan_by_definition(c, plan, from ? &sql_from : nullptr, to ? &sql_to : nullptr);
    if (c.action != ChangeAction::Alter || c.replace) return;
    if (changes_attribute(c, "body")) {
        Statement s{.sql = ddl::create_function(*to, true), .object = c.key, .action = ChangeAction::Alter,
                    .phase = Phase::Alter};
        s.modifies = {c.key};
        plan.add(std::move(s));
    }
    // CREATE OR REPLACE already states every option.
    if (changes_attribute(c, "options") && !changes_attribute(c, "body")) {
        Statement s{.sql = "ALTER " + ddl::routine_reference(*to) + ddl::function_option_changes(*from, *to),
                    .object = c.key, .action = ChangeAction::Alter, .phase = Phase::Alter};
        s.modifies = {c.key};
        plan.add(std::move(s));
    }
}

}  // namespace pgfleet
