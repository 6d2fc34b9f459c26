#pragma once
// Findings as the JSON document `check --format json` prints, and back: saved plans carry
// the desired state's findings so `pgfleet show` renders them as `plan` did.
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/finding.h"

namespace pgfleet::lint {

// {"findings": [...], "suppressed": [...], "summary": {"errors", "warnings", "suppressed"}}.
nlohmann::ordered_json findings_to_json(const std::vector<Finding>& findings);

// Every finding of such a document, reported ones first; throws std::runtime_error naming
// what is missing.
std::vector<Finding> findings_from_json(const nlohmann::json& document);

}  // namespace pgfleet::lint
