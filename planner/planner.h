#pragma once
// (current catalog, desired catalog) -> ordered Plan.
#include "catalog/catalog.h"
#include "differ/change.h"
#include "planner/plan.h"

namespace pgfleet {

struct PlanOptions {
    DiffOptions diff;
};

// Throws PlanCycleError when the changes cannot be ordered.
Plan make_plan(const Catalog& current, const Catalog& desired, const PlanOptions& options = {});

// The plan for an already computed change set.
Plan plan_changes(const ChangeSet& changes, const Catalog& current, const Catalog& desired);

}  // namespace pgfleet
