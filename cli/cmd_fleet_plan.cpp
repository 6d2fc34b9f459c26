// pgfleet fleet plan: read every tenant (or its snapshot), group by fingerprint, plan once per group.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "fleet/fleet_plan_render.h"
#include "fleet/tenant_catalogs.h"

namespace pgfleet {
namespace {

struct FleetPlanArgs {
    FleetOptions fleet;
    std::string snapshots, output, format = "text";
};

void run_fleet_plan(const FleetPlanArgs& a, int& exit_code) {
    FleetContext ctx(a.fleet);
    ParserState desired = load_desired_or_report(ctx.config().schema);
    DesiredFingerprints fingerprints(desired.catalog);
    FleetCatalogs catalogs;
    if (!a.snapshots.empty()) {
        // Offline: the tenants are the snapshot files; no connection is opened.
        auto tenants = select_tenants(tenants_in_snapshot_dir(a.snapshots), ctx.selection());
        catalogs = read_snapshot_catalogs(a.snapshots, tenants);
    } else {
        catalogs = read_fleet_catalogs(ctx.run(), ctx.selected_tenants());
        ctx.save_cache();
    }
    FleetPlan plan = build_fleet_plan(catalogs, fingerprints);
    if (!a.output.empty()) write_fleet_plan(plan, a.output);
    if (a.format == "json") std::cout << fleet_plan_to_json(plan).dump(1) << "\n";
    else if (a.format == "markdown") std::cout << render_fleet_plan_markdown(plan);
    else std::cout << render_fleet_plan_text(plan);
    if (!a.output.empty()) std::cerr << "wrote " << a.output << "\n";
    exit_code = !plan.unreadable.empty() ? exit_code::kError : plan.has_changes() ? exit_code::kChanges : exit_code::kOk;
}

}  // namespace

void add_fleet_plan(CLI::App& fleet, int& exit_code) {
    auto* cmd = fleet.add_subcommand("plan", "Group tenants by fingerprint and plan once per group");
    auto a = std::make_shared<FleetPlanArgs>();
    add_fleet_options(cmd, a->fleet);
    cmd->add_option("--snapshots", a->snapshots, "Plan from a snapshot directory (fleet snapshot -o DIR): no connection");
    cmd->add_option("-o,--output", a->output, "Write the fleet plan (JSON) for fleet apply --plan");
    cmd->add_option("--format", a->format, "Output: text, markdown or json")
        ->check(CLI::IsMember({"text", "markdown", "json"}));
    cmd->callback([a, &exit_code] { run_fleet_plan(*a, exit_code); });
}

}  // namespace pgfleet
