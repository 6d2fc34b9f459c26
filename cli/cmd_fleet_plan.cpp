// pgfleet fleet plan: read every tenant (or its snapshot), group by fingerprint, plan once per group.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "fleet/fleet_plan_render.h"
#include "fleet/tenant_catalogs.h"
#include "lint/lint.h"
#include "report/fleet_plan_report.h"

namespace pgfleet {
namespace {

struct FleetPlanArgs {
    FleetOptions fleet;
    std::string snapshots;
    bool full = false;
    OutputOptions output;
};

void run_fleet_plan(const FleetPlanArgs& a, int& exit_code) {
    auto targets = output_targets(a.output);
    FleetContext ctx(a.fleet);
    ParserState desired = load_desired_or_report(ctx.config().schema);
    DesiredFingerprints fingerprints(desired.catalog);
    FleetCatalogs catalogs;
    if (!a.snapshots.empty()) {
        // Offline: the tenants are the snapshot files; no connection is opened.
        auto tenants = select_tenants(tenants_in_snapshot_dir(a.snapshots), ctx.selection());
        catalogs = read_snapshot_catalogs(a.snapshots, tenants);
    } else {
        catalogs = read_fleet_catalogs(ctx.run(), ctx.selected_tenants(), a.full);
        ctx.save_cache();
        if (!a.fleet.quiet && catalogs.known_count() > 0)
            std::cerr << catalogs.known_count()
                      << " tenant(s) known by their catalog marker (unchanged since read in full): sizes read, not "
                         "catalogs; --full reads every one\n";
    }
    for (const auto& [fingerprint, group] : catalogs.groups()) refuse_uncastable_type_changes(group.snapshot, desired);
    FleetPlan plan = build_fleet_plan(catalogs, fingerprints);
    plan.isolation = lint::run(desired, ctx.config().lint);
    write_outputs(targets, [&](const std::string& format) { return render_fleet_plan(plan, format); });
    if (stdout_format(targets).empty()) std::cerr << fleet_plan_summary(plan);
    exit_code = !plan.unreadable.empty() ? exit_code::kError : plan.has_changes() ? exit_code::kChanges : exit_code::kOk;
}

}  // namespace

void add_fleet_plan(CLI::App& fleet, int& exit_code) {
    auto* cmd = fleet.add_subcommand("plan", "Group tenants by fingerprint and plan once per group");
    auto a = std::make_shared<FleetPlanArgs>();
    add_fleet_options(cmd, a->fleet);
    cmd->add_option("--snapshots", a->snapshots, "Plan from a snapshot directory (fleet snapshot -o DIR): no connection");
    cmd->add_flag("--full", a->full, "Read every tenant's catalog in full (no catalog-marker shortcut)");
    add_output_options(cmd, a->output, {"text", "markdown", "json"});
    cmd->callback([a, &exit_code] { run_fleet_plan(*a, exit_code); });
}

}  // namespace pgfleet
