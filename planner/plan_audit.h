#pragma once
// A saved plan is a file anyone can edit, and its digest anyone can recompute. Before it runs,
// its statements are checked against what pgfleet itself makes of them on the database they
// are about to run on: one plannable DDL statement per step, and every hazard the planner
// derives from the statement recorded in the plan (so no hazard can be hidden from review
// or from --allow-hazards).
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "planner/plan.h"

namespace pgfleet {

// One line per problem, naming the step (1-based) and a part of its SQL; empty when the plan
// is what pgfleet would have written. `current` is the catalog the plan starts from (read
// from the database and checked against the plan's source fingerprint).
std::vector<std::string> audit_saved_plan(const Plan& plan, const Catalog& current);

// Hazards judged by relation size (long lock holds) are not compared: sizes change between
// planning and applying, and between the tenants that share a plan.
bool hazard_depends_on_size(const std::string& name);

}  // namespace pgfleet
