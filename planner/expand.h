#pragma once
// Completes a ChangeSet with what PostgreSQL forces: objects dropped along with their table
// or column are not dropped again, and objects that depend on something being dropped or
// rebuilt are rebuilt too.
#include "differ/change.h"
#include "planner/plan_builder.h"

namespace pgfleet {

std::vector<Change> expand_changes(const ChangeSet& changes, const PlanInput& input);

}  // namespace pgfleet
