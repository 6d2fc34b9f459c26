#pragma once
// Findings as text (file:line:col with the line and a caret), JSON and markdown.
#include <cstdint>
#include <string>
#include <vector>

#include "lint/finding.h"

namespace pgfleet::lint {

// One finding per entry, then a summary line. Suppressed findings are counted, not shown.
std::string render_text(const std::vector<Finding>& findings);
// {"findings": [...], "suppressed": [...], "summary": {"errors", "warnings", "suppressed"}}.
std::string render_json(const std::vector<Finding>& findings);
// A heading, a table of the reported findings and the summary (for pull-request comments);
// past `max_rows` rows, a line says how many more `pgfleet check` lists.
std::string render_markdown(const std::vector<Finding>& findings, size_t max_rows = SIZE_MAX);
// The short section `plan` prints after the plan: a count and a line per finding, the first
// ten of them (`pgfleet check` lists all).
std::string render_plan_section(const std::vector<Finding>& findings);

// "2 errors, 1 warning (3 suppressed)" or "no findings".
std::string summary_line(const std::vector<Finding>& findings);

}  // namespace pgfleet::lint
