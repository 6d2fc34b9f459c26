#pragma once
// Fills in each statement's lock and hazards once the plan is ordered.
#include "planner/plan.h"
#include "planner/plan_builder.h"

namespace pgfleet {

void annotate_hazards(Plan& plan, const PlanInput& input);

// Hazard names in the plan that `allowed` does not cover and that are refused by default
// or named in `refused`; sorted, without repeats. "all" in `allowed` allows everything.
std::vector<std::string> refused_hazards(const Plan& plan, const std::vector<std::string>& allowed);

}  // namespace pgfleet
