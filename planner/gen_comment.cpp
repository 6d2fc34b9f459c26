// COMMENT ON statements, for every kind.
#include <algorithm>

#include "planner/ddl.h"
#include "planner/plan_builder.h"

namespace pgfleet {

bool changes_attribute(const Change& change, const char* attribute) {
    return std::find(change.attributes.begin(), change.attributes.end(), attribute) != change.attributes.end();
}

void plan_comment_change(const ObjectKey& key, const std::string& comment, PlanBuilder& plan) {
    // A dropped comment is looked up in the current catalog, anything else in the desired one.
    const Catalog& catalog = plan.in.to.contains(key) ? plan.in.to : plan.in.from;
    plan.add({.sql = ddl::comment_statement(catalog, key, comment), .object = key, .action = ChangeAction::Alter,
              .phase = Phase::Annotate, .needs = {key}});
}

void plan_initial_comment(const ObjectKey& key, const std::string& comment, PlanBuilder& plan) {
    if (!comment.empty()) plan_comment_change(key, comment, plan);
}

}  // namespace pgfleet
