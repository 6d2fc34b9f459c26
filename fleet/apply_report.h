#pragma once
// The final per-tenant report of fleet apply, as text and as JSON
// ({"format": "pgfleet-apply-report", "format_version": 1}).
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "fleet/fleet_apply.h"

namespace pgfleet {

// Tenants per status name.
std::map<std::string, size_t> count_statuses(const std::vector<TenantOutcome>& tenants);

// A summary line, the clusters (budget, peak sessions, wake wait), then one line per tenant.
std::string render_apply_report_text(const ApplyReport& report);

nlohmann::json apply_report_to_json(const ApplyReport& report);

}  // namespace pgfleet
