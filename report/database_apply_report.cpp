#include "report/database_apply_report.h"

#include <cstdio>

#include "catalog/fingerprint.h"
#include "fleet/apply.h"
#include "report/markdown.h"

namespace pgfleet {
namespace {

std::string step_what(const StepRun& step, const SavedPlan& plan) {
    if (step.statements == 1) return first_line(plan.plan.statements[step.first].sql, 90);
    return "one transaction, " + std::to_string(step.statements) + " statements";
}

std::string headline(const DatabaseApplyReport& r) {
    switch (r.status) {
        case DatabaseApplyStatus::Applied:
            return "Applied " + std::to_string(r.result.applied) + " statement(s) in " +
                   std::to_string(r.result.steps.size()) + " step(s)" +
                   (r.result.retries ? " after " + std::to_string(r.result.retries) + " lock retries" : "") +
                   "; the database is at the target fingerprint " + short_fingerprint(r.fingerprint_after) + ".";
        case DatabaseApplyStatus::AtTarget: return "The database is already at the plan's target; nothing to do.";
        case DatabaseApplyStatus::Refused: return "Refused: " + r.message + ".";
        case DatabaseApplyStatus::Failed:
        case DatabaseApplyStatus::Unverified: return "Error: " + r.message;
    }
    return r.message;
}

bool any_step_ran(const DatabaseApplyReport& r) {
    for (const auto& s : r.result.steps)
        if (s.status != StepRun::Status::NotRun) return true;
    return false;
}

std::string render_text(const DatabaseApplyReport& r, const SavedPlan& plan) {
    std::string out = headline(r) + "\n";
    if (!any_step_ran(r)) return out;
    for (const auto& s : r.result.steps) {
        char line[64];
        std::snprintf(line, sizeof line, "  step %-3zu %-8s %9s  ", s.number, step_status_name(s.status),
                      s.status == StepRun::Status::NotRun ? "" : markdown::seconds(s.seconds).c_str());
        out += line + step_what(s, plan) + "\n";
    }
    return out + "(" + markdown::seconds(r.seconds) + " in all)\n";
}

std::string render_apply_markdown(const DatabaseApplyReport& r, const SavedPlan& plan) {
    std::string out = "### pgfleet apply: " + std::string(database_apply_status_name(r.status)) + "\n\n" +
                      markdown::cell(headline(r)) + "\n";
    if (!any_step_ran(r)) return out;
    out += "\n| Step | Status | Time | Statements |\n|---:|---|---:|---|\n";
    for (const auto& s : r.result.steps)
        out += "| " + std::to_string(s.number) + " | " + step_status_name(s.status) + " | " +
               (s.status == StepRun::Status::NotRun ? "" : markdown::seconds(s.seconds)) + " | " +
               markdown::code(step_what(s, plan)) + " |\n";
    return out + "\n" + markdown::seconds(r.seconds) + " in all.\n";
}

}  // namespace

nlohmann::json database_apply_to_json(const DatabaseApplyReport& r, const SavedPlan& plan) {
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& s : r.result.steps)
        steps.push_back({{"step", s.number},
                         {"status", step_status_name(s.status)},
                         {"statements", s.statements},
                         {"transactional", s.transactional},
                         {"seconds", s.seconds},
                         {"retries", s.retries},
                         {"sql", first_line(plan.plan.statements[s.first].sql, 200)}});
    nlohmann::json j = {{"format", "pgfleet-apply"},
                        {"format_version", 1},
                        {"database", r.database},
                        {"status", database_apply_status_name(r.status)},
                        {"message", r.message},
                        {"source_fingerprint", plan.header.source_fingerprint},
                        {"target_fingerprint", plan.header.target_fingerprint},
                        {"fingerprint_before", r.fingerprint_before},
                        {"fingerprint_after", r.fingerprint_after},
                        {"statements_applied", r.result.applied},
                        {"retries", r.result.retries},
                        {"refused_hazards", r.refused_hazards},
                        {"seconds", r.seconds},
                        {"steps", steps}};
    if (!r.result.ok)
        j["failure"] = {{"step", r.result.failed_step},
                        {"statement", r.result.failed_statement + 1},
                        {"sql", r.result.failed_sql},
                        {"error", r.result.error},
                        {"sqlstate", r.result.sqlstate}};
    return j;
}

std::string render_database_apply(const DatabaseApplyReport& r, const SavedPlan& plan, const std::string& format) {
    if (format == "json") return database_apply_to_json(r, plan).dump(1) + "\n";
    if (format == "markdown") return render_apply_markdown(r, plan);
    if (format != "text") throw std::runtime_error("an apply report has no " + format + " form");
    return render_text(r, plan);
}

}  // namespace pgfleet
