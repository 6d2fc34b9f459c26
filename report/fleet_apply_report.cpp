#include "report/fleet_apply_report.h"

#include <algorithm>
#include <cstdio>

#include "fleet/apply_report.h"
#include "report/fleet_plan_report.h"
#include "report/markdown.h"

namespace pgfleet {
namespace {

using markdown::code;
using markdown::number;

bool needs_attention(ApplyStatus s) {
    return s == ApplyStatus::Failed || s == ApplyStatus::Refused || s == ApplyStatus::NotStarted;
}

// Failed, refused and not started tenants, one row each with what happened, as many as fit.
std::string attention_table(const ApplyReport& r, size_t budget) {
    std::string out;
    size_t rows = 0, total = 0;
    for (const auto& t : r.tenants) {
        if (!needs_attention(t.status)) continue;
        ++total;
        std::string row = "| " + code(t.tenant.key()) + " | " + status_name(t.status) + " | " +
                          markdown::cell(t.detail) + " |\n";
        if (out.size() + row.size() > budget) continue;
        out += row;
        ++rows;
    }
    if (!total) return "";
    out = "\n| Tenant | Status | What happened |\n|---|---|---|\n" + out;
    if (rows < total) out += "\n... and " + number(total - rows) + " more: the JSON report lists every tenant.\n";
    return out;
}

// The slowest applied tenants: where a long step would show first.
std::string slowest(const ApplyReport& r) {
    std::vector<const TenantOutcome*> applied;
    for (const auto& t : r.tenants)
        if (t.status == ApplyStatus::Applied) applied.push_back(&t);
    if (applied.empty()) return "";
    std::stable_sort(applied.begin(), applied.end(),
                     [](const TenantOutcome* a, const TenantOutcome* b) { return a->seconds > b->seconds; });
    std::string out = "\n<details><summary>Slowest tenants</summary>\n\n| Tenant | Time | Slowest step |\n|---|---:|---|\n";
    for (size_t i = 0; i < applied.size() && i < 10; ++i) {
        const TenantOutcome& t = *applied[i];
        const StepRun* step = nullptr;
        for (const auto& s : t.steps)
            if (!step || s.seconds > step->seconds) step = &s;
        out += "| " + code(t.tenant.key()) + " | " + markdown::seconds(t.seconds) + " | " +
               (step ? "step " + std::to_string(step->number) + ", " + markdown::seconds(step->seconds) : "") + " |\n";
    }
    return out + "\n</details>\n";
}

std::string render_fleet_apply_markdown(const ApplyReport& r) {
    std::string out = "### pgfleet fleet apply\n\n| Status | Tenants |\n|---|---:|\n";
    for (const auto& [status, n] : count_statuses(r.tenants)) out += "| " + status + " | " + number(n) + " |\n";
    out += "\n" + number(r.tenants.size()) + " tenants in " + markdown::seconds(r.seconds) + ".";
    if (r.stopped_early) out += " The run stopped after a failure; rerun to continue (finished tenants are skipped).";
    out += "\n";
    for (size_t i = 0; i < r.clusters.size(); ++i)
        out += "\nCluster " + code(r.clusters[i].name) + ": budget " + std::to_string(r.clusters[i].budget) +
               " sessions, peak " + std::to_string(r.peak_sessions[i]) + ".\n";
    std::string tail = slowest(r);
    size_t room = kCommentBudget > out.size() + tail.size() + 200 ? kCommentBudget - out.size() - tail.size() - 200 : 0;
    return out + attention_table(r, room) + tail;
}

}  // namespace

std::string render_fleet_apply(const ApplyReport& report, const std::string& format) {
    if (format == "json") return apply_report_to_json(report).dump(1) + "\n";
    if (format == "markdown") return render_fleet_apply_markdown(report);
    if (format != "text") throw std::runtime_error("a fleet apply report has no " + format + " form");
    return render_apply_report_text(report);
}

}  // namespace pgfleet
