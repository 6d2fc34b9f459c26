#pragma once
// (current catalog, desired catalog) -> ordered Plan.
#include "catalog/catalog.h"
#include "catalog/snapshot.h"
#include "differ/change.h"
#include "planner/plan.h"

namespace pgfleet {

struct PlanOptions {
    DiffOptions diff;
    // The role that will run the plan (the current user of the database that was read):
    // it owns what the plan creates, and default privileges without FOR ROLE are its.
    std::string current_role;
    // Compare owners everywhere (objects without a declared owner belong to current_role),
    // not only where the desired state declares one.
    bool manage_owners = false;
};

// Throws PlanCycleError when the changes cannot be ordered.
Plan make_plan(const Catalog& current, const Catalog& desired, const PlanOptions& options = {});

// The plan from a database (or snapshot) that was read, run by the role it was read as.
Plan plan_from(const Snapshot& current, const Catalog& desired, bool manage_owners = false);

// The plan for an already computed change set.
Plan plan_changes(const ChangeSet& changes, const Catalog& current, const Catalog& desired);

}  // namespace pgfleet
