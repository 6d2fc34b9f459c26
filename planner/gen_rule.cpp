// Rules: CREATE [OR REPLACE] RULE, ENABLE/DISABLE RULE on their table, DROP RULE.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

std::string or_replace(const std::string& create_rule) {
    const std::string prefix = "CREATE RULE";
    return create_rule.rfind(prefix, 0) == 0 ? "CREATE OR REPLACE RULE" + create_rule.substr(prefix.size()) : create_rule;
}

// The firing mode, after CREATE (which always makes an origin-firing rule).
void set_firing(const Change& c, const Rule& r, const Catalog& catalog, PlanBuilder& plan) {
    std::string mode = r.enabled == "D" ? "DISABLE" : r.enabled == "A" ? "ENABLE ALWAYS" : r.enabled == "R" ? "ENABLE REPLICA" : "ENABLE";
    plan.add({.sql = ddl::alter_relation(catalog, r.table) + " " + mode + " RULE " + sql_ident(r.name), .object = c.key,
              .action = ChangeAction::Alter, .phase = Phase::Alter, .needs = {c.key}});
}

}  // namespace

void plan_rule(const Change& c, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    std::string drop = "DROP RULE " + sql_ident(c.key.sub) + " ON " + ddl::name(table);
    if (c.action == ChangeAction::Drop) {
        plan.add({.sql = drop, .object = c.key, .action = c.action, .phase = Phase::Drop, .removes = {c.key}});
        return;
    }
    const Rule& to = plan.in.to.rules.at(c.key);
    if (c.action == ChangeAction::Create || c.replace) {
        if (c.replace) plan.add({.sql = drop, .object = c.key, .action = c.action, .phase = Phase::Drop, .removes = {c.key}});
        plan.add({.sql = to.definition.sql, .object = c.key, .action = c.action, .phase = Phase::Create, .creates = {c.key}});
        if (to.enabled != "O") set_firing(c, to, plan.in.to, plan);
        return plan_initial_comment(c.key, to.comment, plan);
    }
    bool redefined = changes_attribute(c, "definition");
    if (redefined)
        plan.add({.sql = or_replace(to.definition.sql), .object = c.key, .action = c.action, .phase = Phase::Alter,
                  .modifies = {c.key}});
    // CREATE OR REPLACE makes the rule fire on origin again.
    if (changes_attribute(c, "enabled") || (redefined && to.enabled != "O")) set_firing(c, to, plan.in.to, plan);
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, to.comment, plan);
}

}  // namespace pgfleet
