#pragma once
// (current catalog, desired catalog) -> ordered Plan.
#include "catalog/catalog.h"
#include "catalog/snapshot.h"
#include "differ/change.h"
#include "planner/online_policy.h"
#include "planner/plan.h"
#include "planner/plan_file.h"

namespace pgfleet {

struct PlanOptions {
    DiffOptions diff;
    // The role that will run the plan (the current user of the database that was read):
    // it owns what the plan creates, and default privileges without FOR ROLE are its.
    std::string current_role;
    // Compare owners everywhere (objects without a declared owner belong to current_role),
    // not only where the desired state declares one.
    bool manage_owners = false;
    // The major of the server the plan is for (0: unknown); the desired state is fitted to it
    // (catalog/server_fit.h).
    int server_major = 0;
    // Online or plain DDL per table, by the sizes the database reported.
    OnlineOptions online;
    std::map<QualifiedName, long long> relation_bytes;
};

// Throws PlanCycleError when the changes cannot be ordered.
Plan make_plan(const Catalog& current, const Catalog& desired, const PlanOptions& options = {});

// The plan from a database (or snapshot) that was read, run by the role it was read as, with
// the table sizes it reported.
Plan plan_from(const Snapshot& current, const Catalog& desired, PlanOptions options = {});

// The desired catalog as the plan compares it: bound to the current role (and, when owners are
// managed, owned by it where the schema names no owner).
Catalog bind_desired(const Catalog& desired, const PlanOptions& options);

// The plan with the fingerprints that make it safe to apply later: the source is the catalog
// read, the target the desired catalog as bound for it.
SavedPlan plan_to_save(const Snapshot& current, const Catalog& desired, PlanOptions options = {});

// The plan that builds `live` from an empty database of its major: what `dump` writes. (On 13
// and 14 PUBLIC may create in public there, so a database without that dumps the revoke.)
Plan plan_from_empty_database(const Snapshot& live);

// The plan for an already computed change set; `first` are statements that run before it
// (the renames the plan was worked out after).
Plan plan_changes(const ChangeSet& changes, const Catalog& current, const Catalog& desired,
                  const PlanOptions& options = {}, const std::vector<Statement>& first = {});

}  // namespace pgfleet
