// Event triggers: created, dropped or recreated; firing mode and owner change in place.
#include "catalog/routine_ref.h"
#include "catalog/sql_name.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

KindSql kind_sql(const EventTrigger& t) {
    std::string sql = "CREATE EVENT TRIGGER " + sql_ident(t.name) + " ON " + sql_ident(t.event);
    std::string tags;
    for (const auto& tag : t.tags) tags += (tags.empty() ? "" : ", ") + sql_literal(tag);
    if (!tags.empty()) sql += "\n    WHEN TAG IN (" + tags + ")";
    sql += "\n    EXECUTE FUNCTION " + routine_text(t.function) + "()";
    return {sql, "DROP EVENT TRIGGER " + sql_ident(t.name), "", {}};
}

void set_firing(const Change& c, const EventTrigger& t, PlanBuilder& plan) {
    std::string mode = t.enabled == "D" ? "DISABLE" : t.enabled == "A" ? "ENABLE ALWAYS" : t.enabled == "R" ? "ENABLE REPLICA" : "ENABLE";
    plan.add({.sql = "ALTER EVENT TRIGGER " + sql_ident(t.name) + " " + mode, .object = c.key,
              .action = ChangeAction::Alter, .phase = Phase::Alter, .needs = {c.key}});
}

}  // namespace

void plan_event_trigger(const Change& c, PlanBuilder& plan) {
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.event_triggers.at(c.key.name));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const EventTrigger& to = plan.in.to.event_triggers.at(c.key.name);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create || c.replace) {
        const KindSql old = c.replace ? kind_sql(plan.in.from.event_triggers.at(c.key.name)) : sql;
        plan_by_definition(c, plan, &old, &sql);
        if (to.enabled != "O") set_firing(c, to, plan);
        return;
    }
    if (changes_attribute(c, "enabled")) set_firing(c, to, plan);
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
