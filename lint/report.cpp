#include "lint/report.h"

#include "lint/finding_json.h"
#include "lint/lint.h"
#include "parser/diagnostic.h"

namespace pgfleet::lint {
namespace {

std::string sentence(const Finding& f) {
    std::string name = object_name(f);
    return (name.empty() ? "" : name + " ") + f.message;
}

std::string where(const Finding& f) {
    const SourceLocation& l = f.location;
    if (l.path.empty()) return "";
    return l.path + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// Markdown table cells: pipes would end the cell, newlines the row.
std::string cell(std::string s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
}

}  // namespace

std::string summary_line(const std::vector<Finding>& findings) {
    Summary s = summarize(findings);
    std::string out = s.errors + s.warnings == 0 ? "no findings"
                                                 : plural(s.errors, "error") + ", " + plural(s.warnings, "warning");
    if (s.suppressed) out += " (" + std::to_string(s.suppressed) + " suppressed)";
    return out;
}

std::string render_text(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings) {
        if (!f.reported()) continue;
        Diagnostic d;
        d.severity = f.severity == RuleSeverity::Error ? Severity::Error : Severity::Warning;
        d.message = sentence(f) + " [" + f.rule + "]";
        d.location = f.location;
        d.source_line = f.source_line;
        out += format_diagnostic(d) + "\n";
    }
    return out + "tenant isolation: " + summary_line(findings) + "\n";
}

std::string render_json(const std::vector<Finding>& findings) { return findings_to_json(findings).dump(2) + "\n"; }

std::string render_markdown(const std::vector<Finding>& findings, size_t max_rows) {
    std::string out = "### Tenant isolation: " + summary_line(findings) + "\n";
    Summary s = summarize(findings);
    if (s.errors + s.warnings == 0) return out;
    out += "\n| severity | rule | where | finding |\n|---|---|---|---|\n";
    size_t rows = 0, reported = static_cast<size_t>(s.errors + s.warnings);
    for (const auto& f : findings) {
        if (!f.reported()) continue;
        if (rows++ == max_rows) {
            out += "\n... and " + std::to_string(reported - max_rows) + " more (pgfleet check lists them all)\n";
            break;
        }
        std::string at = where(f);
        out += "| " + std::string(severity_name(f.severity)) + " | `" + f.rule + "` | " +
               (at.empty() ? "" : "`" + cell(at) + "`") + " | " + cell(sentence(f)) + " |\n";
    }
    return out;
}

std::string render_plan_section(const std::vector<Finding>& findings) {
    std::string out = "\nTenant isolation of the desired state: " + summary_line(findings) + "\n";
    const int kShown = 10;
    int shown = 0, reported = 0;
    for (const auto& f : findings) reported += f.reported();
    for (const auto& f : findings) {
        if (!f.reported()) continue;
        if (shown++ == kShown) {
            out += "  ... and " + std::to_string(reported - kShown) + " more (pgfleet check lists them all)\n";
            break;
        }
        std::string at = where(f);
        out += "  " + (at.empty() ? "" : at + ": ") + severity_name(f.severity) + ": " + sentence(f) + " [" + f.rule +
               "]\n";
    }
    return out;
}

}  // namespace pgfleet::lint
