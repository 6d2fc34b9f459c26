// Extensions.
#include "catalog/sql_name.h"
#include "planner/plan_builder.h"

namespace pgfleet {

void plan_extension(const Change& c, PlanBuilder& plan) {
    const std::string name = sql_ident(c.key.name);
    if (c.action == ChangeAction::Drop) {
        plan.add({.sql = "DROP EXTENSION " + name, .object = c.key, .action = c.action, .phase = Phase::Drop,
                  .removes = {c.key}});
        return;
    }
    const Extension& e = plan.in.to.extensions.at(c.key.name);
    if (c.action == ChangeAction::Create) {
        std::string sql = "CREATE EXTENSION IF NOT EXISTS " + name + " WITH SCHEMA " + sql_ident(e.schema);
        if (!e.version.empty()) sql += " VERSION " + sql_literal(e.version);
        plan.add({.sql = sql, .object = c.key, .action = c.action, .phase = Phase::Create, .creates = {c.key}});
        plan_initial_comment(c.key, e.comment, plan);
        return;
    }
    if (changes_attribute(c, "schema"))
        plan.add({.sql = "ALTER EXTENSION " + name + " SET SCHEMA " + sql_ident(e.schema), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "version"))
        plan.add({.sql = "ALTER EXTENSION " + name + " UPDATE TO " + sql_literal(e.version), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, e.comment, plan);
}

}  // namespace pgfleet
