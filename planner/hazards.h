#pragma once
// Fills in each statement's lock and hazards once the plan is ordered.
#include "planner/plan.h"
#include "planner/plan_builder.h"

namespace pgfleet {

void annotate_hazards(Plan& plan, const PlanInput& input);

// The same for statements taken from elsewhere (a saved plan being checked), on the catalog
// they run on (`from`) and the one they make (`to`).
void annotate_statement_hazards(std::vector<Statement>& statements, const Catalog& from, const Catalog& to,
                                const OnlinePolicy& online);

// A secret option value comes from a psql variable (:'pgfleet_secret_...'), which the parser
// does not know; an empty literal stands in for it.
std::string without_secret_variables(std::string sql);

// Hazard names in the plan that `allowed` does not cover and that are refused by default
// or named in `refused`; sorted, without repeats. "all" in `allowed` allows everything.
std::vector<std::string> refused_hazards(const Plan& plan, const std::vector<std::string>& allowed);

}  // namespace pgfleet
