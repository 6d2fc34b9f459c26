// Indexes.
#include "planner/ddl.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

void create_index(const ObjectKey& key, const Index& idx, PlanBuilder& plan) {
    plan.add({.sql = ddl::create_index(idx), .object = key, .action = ChangeAction::Create, .phase = Phase::Create,
              .creates = {key}});
    plan_initial_comment(key, idx.comment, plan);
}

void drop_index(const ObjectKey& key, PlanBuilder& plan) {
    plan.add({.sql = "DROP INDEX " + ddl::name({key.schema, key.name}), .object = key, .action = ChangeAction::Drop,
              .phase = Phase::Drop, .removes = {key}});
}

}  // namespace

void plan_index(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        drop_index(c.key, plan);
        return;
    }
    const Index& idx = plan.in.to.indexes.at(qn);
    if (c.action == ChangeAction::Create) {
        create_index(c.key, idx, plan);
        return;
    }
    if (c.replace) {
        drop_index(c.key, plan);
        create_index(c.key, idx, plan);
        return;
    }
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, idx.comment, plan);
}

}  // namespace pgfleet
