#pragma once
// A reviewed plan as `plan` writes it and `show` reads it back: the saved plan, and the
// desired state's tenant-isolation findings at planning time. Rendering one in a format gives
// the same bytes whether it comes from `plan` or from the file.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/finding.h"
#include "planner/plan_file.h"

namespace pgfleet {

struct PlanDocument {
    SavedPlan saved;
    // None for plans written before findings were kept (or by other tools).
    std::optional<std::vector<lint::Finding>> isolation;
};

// The saved plan's JSON with "isolation": the `check --format json` document.
nlohmann::json plan_document_to_json(const PlanDocument& document);
// Throws std::runtime_error naming what is wrong.
PlanDocument plan_document_from_json(const nlohmann::json& j);

// text, sql, json or markdown. Text and markdown end with the isolation findings; `color`
// adds ANSI colours to text (for a terminal).
std::string render_plan_document(const PlanDocument& document, const std::string& format, bool color = false);

}  // namespace pgfleet
