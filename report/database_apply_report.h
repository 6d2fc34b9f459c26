#pragma once
// The report of `apply` on one database: what happened, and each step with its time.
// JSON: {"format": "pgfleet-apply", "format_version": 1, ...} (docs/schemas/apply.schema.json).
#include <string>

#include <nlohmann/json.hpp>

#include "fleet/database_apply.h"

namespace pgfleet {

nlohmann::json database_apply_to_json(const DatabaseApplyReport& report, const SavedPlan& plan);

// text, json or markdown.
std::string render_database_apply(const DatabaseApplyReport& report, const SavedPlan& plan, const std::string& format);

}  // namespace pgfleet
