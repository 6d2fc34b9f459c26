#include "lint/finding.h"

#include <algorithm>
#include <tuple>

namespace pgfleet::lint {

const char* severity_name(RuleSeverity severity) {
    switch (severity) {
        case RuleSeverity::Off: return "off";
        case RuleSeverity::Warning: return "warning";
        case RuleSeverity::Error: return "error";
    }
    return "";
}

std::optional<RuleSeverity> parse_severity(const std::string& text) {
    if (text == "error") return RuleSeverity::Error;
    if (text == "warning") return RuleSeverity::Warning;
    if (text == "off") return RuleSeverity::Off;
    return std::nullopt;
}

std::string object_name(const Finding& finding) { return finding.object ? describe(*finding.object) : ""; }

void sort_findings(std::vector<Finding>& findings) {
    auto key = [](const Finding& f) {
        const SourceLocation& l = f.location;
        return std::make_tuple(l.path.empty(), l.path, l.line, l.column, f.object.has_value(),
                               f.object.value_or(ObjectKey{}), f.rule, f.message);
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

}  // namespace pgfleet::lint
