// pgfleet show PLAN.json: a saved plan (or fleet plan) rendered again, byte for byte as
// `plan` (or `fleet plan`) printed it for the same state, e.g. as markdown for a review.
#include <fstream>
#include <sstream>

#include "cli/apply_flags.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/output.h"
#include "fleet/config.h"
#include "report/fleet_plan_report.h"
#include "report/plan_document.h"

namespace pgfleet {
namespace {

struct ShowArgs {
    std::string file, config;
    bool gate = false;
    ApplyFlags hazards;
    OutputOptions output;
};

// --gate: the plans' hazards, checked as apply checks them (flags and hazards.allow).
bool passes_gate(const ShowArgs& a, const std::vector<const Plan*>& plans) {
    std::vector<std::string> configured;
    if (!a.config.empty()) configured = load_fleet_config(a.config).allowed_hazards;
    for (const Plan* p : plans)
        if (!hazards_allowed(*p, a.hazards, configured)) return false;
    return true;
}

nlohmann::json read_json_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the file");
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        return nlohmann::json::parse(buffer.str());
    } catch (const nlohmann::json::parse_error& e) {
        throw std::runtime_error(path + ": not JSON (" + std::string(e.what()) + ")");
    }
}

// Errors reading the document name the file.
template <class Read>
auto read_named(const std::string& path, Read read) {
    try {
        return read();
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

void run_show(const ShowArgs& a, int& exit_code) {
    auto targets = output_targets(a.output);
    nlohmann::json j = read_json_file(a.file);
    if (j.is_object() && j.value("format", "") == "pgfleet-fleet-plan") {
        FleetPlan plan = read_named(a.file, [&] { return fleet_plan_from_json(j); });
        write_outputs(targets, [&](const std::string& format) { return render_fleet_plan(plan, format); });
        exit_code = !plan.unreadable.empty() ? exit_code::kError
                    : plan.has_changes()     ? exit_code::kChanges
                                             : exit_code::kOk;
        std::vector<const Plan*> plans;
        for (const auto& g : plan.groups) plans.push_back(&g.plan.plan);
        if (a.gate) exit_code = !plan.unreadable.empty()       ? exit_code::kError
                                : passes_gate(a, plans)        ? exit_code::kOk
                                                               : exit_code::kRefused;
        return;
    }
    PlanDocument document = read_named(a.file, [&] { return plan_document_from_json(j); });
    bool color = stdout_wants_color(targets);
    write_outputs(targets, [&](const std::string& format) {
        return render_plan_document(document, format, color && format == "text");
    });
    exit_code = document.saved.plan.empty() ? exit_code::kOk : exit_code::kChanges;
    if (a.gate) exit_code = passes_gate(a, {&document.saved.plan}) ? exit_code::kOk : exit_code::kRefused;
}

}  // namespace

void register_show(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("show", "Render a saved plan (plan -o) or fleet plan (fleet plan -o) for review");
    auto a = std::make_shared<ShowArgs>();
    cmd->add_option("plan", a->file, "plan.json or fleet-plan.json")->required();
    add_output_options(cmd, a->output, {"text", "sql", "json", "markdown"});
    cmd->add_flag("--gate", a->gate,
                  "Exit 3 when the plan holds hazards apply would refuse (a CI gate); 0 otherwise, whatever it changes");
    add_apply_flags(cmd, a->hazards, false);
    cmd->add_option("--config", a->config, "pgfleet.yaml whose hazards.allow the gate honours too");
    cmd->callback([a, &exit_code] { run_show(*a, exit_code); });
}

}  // namespace pgfleet
