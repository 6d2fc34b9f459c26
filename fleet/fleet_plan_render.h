#pragma once
// Fleet plans for people: the grouping first, then each group's statements.
#include <string>

#include "fleet/fleet_plan.h"

namespace pgfleet {

// "50 tenants in 3 groups: 47 at fingerprint 1a2b3c4d5e6f (5 statements), ..."
std::string fleet_plan_summary(const FleetPlan& plan);

// The summary, then per group its tenants and the plan's statements.
std::string render_fleet_plan_text(const FleetPlan& plan);

}  // namespace pgfleet
