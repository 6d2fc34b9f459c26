// Table constraints on existing tables.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

void add_constraint(const ObjectKey& key, const Constraint& con, PlanBuilder& plan) {
    QualifiedName table{key.schema, key.name};
    plan.add({.sql = ddl::alter_relation(plan.in.to, table) + " ADD CONSTRAINT " + sql_ident(con.name) + " " +
                     ddl::constraint_definition(con),
              .object = key, .action = ChangeAction::Create, .phase = Phase::Create, .creates = {key}});
    plan_initial_comment(key, con.comment, plan);
}

void drop_constraint(const ObjectKey& key, PlanBuilder& plan) {
    QualifiedName table{key.schema, key.name};
    plan.add({.sql = ddl::alter_relation(plan.in.from, table) + " DROP CONSTRAINT " + sql_ident(key.sub), .object = key,
              .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = {key}});
}

}  // namespace

void plan_constraint(const Change& c, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        drop_constraint(c.key, plan);
        return;
    }
    const Constraint& to = *plan.in.to.tables.at(table).find_constraint(c.key.sub);
    if (c.action == ChangeAction::Create) {
        add_constraint(c.key, to, plan);
        return;
    }
    if (c.replace) {
        drop_constraint(c.key, plan);
        add_constraint(c.key, to, plan);
        return;
    }
    std::string alter = ddl::alter_relation(plan.in.to, table);
    if (changes_attribute(c, "deferrable")) {
        std::string timing = to.deferrable ? (to.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED"
                                                                    : " DEFERRABLE INITIALLY IMMEDIATE")
                                           : " NOT DEFERRABLE";
        plan.add({.sql = alter + " ALTER CONSTRAINT " + sql_ident(to.name) + timing, .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    }
    if (changes_attribute(c, "validated"))
        plan.add({.sql = alter + " VALIDATE CONSTRAINT " + sql_ident(to.name), .object = c.key, .action = c.action,
                  .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, to.comment, plan);
}

}  // namespace pgfleet
