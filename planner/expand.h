#pragma once
// Completes a ChangeSet with what PostgreSQL forces: objects dropped along with their table
// or column are not dropped again, and objects that depend on something being dropped or
// rebuilt are rebuilt too.
#include "differ/change.h"
#include "planner/plan_builder.h"

namespace pgfleet {

std::vector<Change> expand_changes(const ChangeSet& changes, const PlanInput& input);

// What PostgreSQL drops together with a table or column (its columns, constraints, indexes
// and owned sequences); the statement that drops the container removes these too.
std::vector<ObjectKey> dropped_along(const PlanInput& input, const ObjectKey& container);

}  // namespace pgfleet
