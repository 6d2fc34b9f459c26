#pragma once
// fleet drift in every format: text, JSON (for alerting), markdown (a chat or pull-request
// message) and one self-contained HTML page.
#include <string>

#include "fleet/drift.h"

namespace pgfleet {

// text, json, markdown or html.
std::string render_drift(const DriftReport& report, const std::string& format);

// The summary, a table of fingerprint groups, then each drifted group with its tenants
// (collapsed) and its differences by severity, within the comment budget.
std::string render_drift_markdown(const DriftReport& report);

// One HTML file with no external assets (see drift_html.cpp).
std::string render_drift_html(const DriftReport& report);

// "isolation weakened", "missing constraint or index", "other".
std::string severity_words(DriftSeverity severity);

}  // namespace pgfleet
