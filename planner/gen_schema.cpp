// Schemas.
#include "catalog/sql_name.h"
#include "planner/plan_builder.h"

namespace pgfleet {

void plan_schema(const Change& c, PlanBuilder& plan) {
    const std::string name = sql_ident(c.key.name);
    if (c.action == ChangeAction::Drop) {
        plan.add({.sql = "DROP SCHEMA " + name, .object = c.key, .action = c.action, .phase = Phase::Drop,
                  .removes = {c.key}});
        return;
    }
    const Schema& s = plan.in.to.schemas.at(c.key.name);
    if (c.action == ChangeAction::Create) {
        plan.add({.sql = "CREATE SCHEMA " + name, .object = c.key, .action = c.action, .phase = Phase::Create,
                  .creates = {c.key}});
        if (!s.owner.empty()) plan_owner_change(c.key, s.owner, plan);
        plan_initial_comment(c.key, s.comment, plan);
        plan_privilege_change(c.key, "SCHEMA " + name, kind_default_privileges(plan.in, c.key), s.privileges, plan);
        return;
    }
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, s.comment, plan);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "SCHEMA " + name, plan.in.from.schemas.at(c.key.name).privileges, s.privileges, plan);
    if (changes_attribute(c, "owner"))
        plan.add({.sql = "ALTER SCHEMA " + name + " OWNER TO " + sql_ident(s.owner), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
}

}  // namespace pgfleet
