#pragma once
// Fleet plans for review: text, JSON (the plan file) and a pull-request comment that stays
// under the comment size limit however large the fleet.
#include <string>

#include "fleet/fleet_plan.h"

namespace pgfleet {

// GitHub refuses comments over 65,536 characters; the markdown stays under this many bytes,
// leaving room for what a CI job puts around it.
constexpr size_t kCommentBudget = 60000;

// text, json or markdown (anything else is an error naming the format).
std::string render_fleet_plan(const FleetPlan& plan, const std::string& format);

// The summary, a hazards table over every group, the tenant-isolation findings, then per
// group its hazards, its tenants (collapsed) and its SQL. Groups that do not fit in `budget`
// bytes are shown briefly (no SQL, first tenants), and past that counted in a closing line.
std::string render_fleet_plan_markdown(const FleetPlan& plan, size_t budget = kCommentBudget);

}  // namespace pgfleet
