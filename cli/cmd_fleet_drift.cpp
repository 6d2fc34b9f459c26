// pgfleet fleet drift: which tenants no longer match the desired schema.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "fleet/drift.h"

namespace pgfleet {
namespace {

struct FleetDriftArgs {
    FleetOptions fleet;
    std::string json, format = "text";
};

void run_fleet_drift(const FleetDriftArgs& a, int& exit_code) {
    FleetContext ctx(a.fleet);
    ParserState desired = load_desired_or_report(ctx.config().schema);
    DesiredFingerprints fingerprints(desired.catalog);
    DriftReport report = check_fleet_drift(ctx.run(), ctx.selected_tenants(), fingerprints);
    ctx.save_cache();
    if (a.format == "json") std::cout << drift_report_to_json(report).dump(1) << "\n";
    else std::cout << render_drift_text(report);
    if (!a.json.empty()) {
        std::ofstream out(a.json);
        out << drift_report_to_json(report).dump(1) << "\n";
        if (!out) throw std::runtime_error(a.json + ": cannot write the report");
    }
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
    cmd->add_option("--json", a->json, "Also write the report as JSON to this file (for alerting)");
    cmd->add_option("--format", a->format, "Report on stdout: text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([a, &exit_code] { run_fleet_drift(*a, exit_code); });
}

}  // namespace pgfleet
