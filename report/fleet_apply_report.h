#pragma once
// The report of fleet apply in every format: text, JSON ({"format": "pgfleet-apply-report"})
// and markdown (a pull-request or chat message, under the comment size limit).
#include <string>

#include "fleet/fleet_apply.h"

namespace pgfleet {

std::string render_fleet_apply(const ApplyReport& report, const std::string& format);

}  // namespace pgfleet
