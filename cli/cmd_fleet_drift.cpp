// pgfleet fleet drift: which tenants no longer match the desired schema.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "fleet/drift.h"
#include "report/drift_report.h"

namespace pgfleet {
namespace {

struct FleetDriftArgs {
    FleetOptions fleet;
    bool full = false;
    std::vector<std::string> plans;
    OutputOptions output;
};

// The target fingerprints of a saved plan or fleet plan: states pgfleet planned.
void add_planned_targets(const std::string& path, std::set<std::string>& planned) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the plan");
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        nlohmann::json j = nlohmann::json::parse(buffer.str());
        std::string format = j.value("format", "");
        if (format == "pgfleet-plan") planned.insert(j.at("target_fingerprint").get<std::string>());
        else if (format == "pgfleet-fleet-plan")
            for (const auto& g : j.at("groups")) planned.insert(g.at("target_fingerprint").get<std::string>());
        else throw std::runtime_error("not a pgfleet plan or fleet plan");
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

void run_fleet_drift(const FleetDriftArgs& a, int& exit_code) {
    auto targets = output_targets(a.output);
    FleetContext ctx(a.fleet);
    ParserState desired = load_desired_or_report(ctx.config().schema);
    DesiredFingerprints fingerprints(desired.catalog);
    DriftOptions options;
    options.full = a.full;
    options.lint = ctx.config().lint;
    for (const auto& p : a.plans) add_planned_targets(p, options.planned);
    learn_from_journal(ctx.journal_entries(), options);
    DriftReport report = check_fleet_drift(ctx.run(), ctx.selected_tenants(), fingerprints, options);
    ctx.save_cache();
    write_outputs(targets, [&](const std::string& format) { return render_drift(report, format); });
    // An incomplete check is an error even when some tenants drifted.
    exit_code = report.count(DriftStatus::Error)     ? exit_code::kError
                : report.count(DriftStatus::Drifted) ? exit_code::kChanges
                                                     : exit_code::kOk;
}

}  // namespace

void add_fleet_drift(CLI::App& fleet, int& exit_code) {
    auto* cmd = fleet.add_subcommand("drift", "Report tenants that no longer match the desired schema");
    auto a = std::make_shared<FleetDriftArgs>();
    add_fleet_options(cmd, a->fleet);
    cmd->add_flag("--full", a->full, "Read every tenant in full (no change-counter or marker shortcut)");
    cmd->add_option("--plan", a->plans,
                    "A plan or fleet plan whose targets count as planned (tenants there are behind, not diverged); "
                    "repeatable")
        ->allow_extra_args(false);
    add_output_options(cmd, a->output, {"text", "json", "markdown", "html"}, true);
    cmd->callback([a, &exit_code] { run_fleet_drift(*a, exit_code); });
}

}  // namespace pgfleet
