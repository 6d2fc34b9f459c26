#include "report/drift_report.h"

#include "catalog/fingerprint.h"
#include "report/fleet_plan_report.h"
#include "report/markdown.h"

namespace pgfleet {
namespace {

using markdown::code;
using markdown::number;


std::string group_state(const DriftGroup& g) {
    return g.status == DriftStatus::Matches ? "desired" : drift_kind_name(g.kind);
}

std::string summary(const DriftReport& r) {
    std::string out = "**" + markdown::plural(r.tenants.size(), "tenant") + "**: " + number(r.count(DriftStatus::Matches)) +
                      " match the desired schema, " + number(r.count(DriftKind::Behind)) +
                      " behind (not yet rolled out), " + number(r.count(DriftKind::Diverged)) +
                      " diverged (changed outside pgfleet)";
    if (r.count(DriftStatus::Error)) out += ", " + number(r.count(DriftStatus::Error)) + " could not be checked";
    return out + ".\n";
}

std::string groups_table(const DriftReport& r, size_t max_rows) {
    std::string out = "\n| Fingerprint | Tenants | State | Most severe |\n|---|---:|---|---|\n";
    for (size_t i = 0; i < r.groups.size() && i < max_rows; ++i) {
        const DriftGroup& g = r.groups[i];
        out += "| " + code(short_fingerprint(g.fingerprint)) + " | " + number(g.tenants.size()) + " | " +
               group_state(g) + " | " + (g.status == DriftStatus::Drifted ? severity_words(g.severity()) : "") + " |\n";
    }
    if (r.groups.size() > max_rows) out += "\n... and " + markdown::plural(r.groups.size() - max_rows, "more fingerprint") + ".\n";
    return out;
}

std::string group_section(const DriftGroup& g, size_t max_tenants, size_t max_differences) {
    std::string out = "\n#### " + group_state(g) + ": " + markdown::plural(g.tenants.size(), "tenant") + " at " +
                      code(short_fingerprint(g.fingerprint)) + " (" + severity_words(g.severity()) + ")\n\n" +
                      "<details><summary>" + markdown::plural(g.tenants.size(), "tenant") + "</summary>\n\n";
    for (size_t i = 0; i < g.tenants.size() && i < max_tenants; ++i) out += (i ? ", " : "") + code(g.tenants[i].key());
    if (g.tenants.size() > max_tenants) out += ", ... and " + number(g.tenants.size() - max_tenants) + " more";
    out += "\n\n</details>\n\n| Severity | To match |\n|---|---|\n";
    for (size_t i = 0; i < g.differences.size() && i < max_differences; ++i)
        out += "| " + severity_words(g.differences[i].severity) + " | " + code(g.differences[i].change) + " |\n";
    if (g.differences.size() > max_differences)
        out += "\n... and " + markdown::plural(g.differences.size() - max_differences, "more difference") + ".\n";
    return out;
}

std::string errors_section(const DriftReport& r) {
    std::string out;
    size_t shown = 0, total = r.count(DriftStatus::Error);
    for (const auto& t : r.tenants) {
        if (t.status != DriftStatus::Error || shown++ == 20) continue;
        out += "- " + code(t.tenant.key()) + ": " + markdown::cell(t.error) + "\n";
    }
    if (total > 20) out += "- ... and " + number(total - 20) + " more\n";
    return out.empty() ? "" : "\n#### Could not be checked\n\n" + out;
}

}  // namespace

std::string severity_words(DriftSeverity s) {
    switch (s) {
        case DriftSeverity::IsolationWeakened: return "isolation weakened";
        case DriftSeverity::MissingConstraintOrIndex: return "missing constraint or index";
        case DriftSeverity::Other: return "other";
    }
    return "other";
}

std::string render_drift_markdown(const DriftReport& r) {
    std::string out = "### pgfleet fleet drift\n\n" + summary(r) + groups_table(r, 30) + errors_section(r);
    const size_t kClosingReserve = 300;
    size_t shown = 0, drifted = 0;
    for (const auto& g : r.groups) {
        if (g.status != DriftStatus::Drifted) continue;
        ++drifted;
        std::string part = group_section(g, 200, 40);
        if (out.size() + part.size() + kClosingReserve > kCommentBudget) part = group_section(g, 10, 10);
        if (out.size() + part.size() + kClosingReserve > kCommentBudget) continue;
        out += part;
        ++shown;
    }
    if (shown < drifted)
        out += "\n" + markdown::plural(drifted - shown, "more drifted fingerprint") +
               " did not fit in this message: the JSON or HTML report has every one.\n";
    return out;
}

std::string render_drift(const DriftReport& r, const std::string& format) {
    if (format == "json") return drift_report_to_json(r).dump(1) + "\n";
    if (format == "markdown") return render_drift_markdown(r);
    if (format == "html") return render_drift_html(r);
    if (format != "text") throw std::runtime_error("a drift report has no " + format + " form");
    return render_drift_text(r);
}

}  // namespace pgfleet
