// pgfleet fleet apply: canaries, then the fleet within the budget, journaled and resumable.
#include <fstream>
#include <iostream>

#include "cli/apply_flags.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "fleet/apply_report.h"
#include "fleet/fleet_plan_render.h"
#include "fleet/tenant_catalogs.h"

namespace pgfleet {
namespace {

struct FleetApplyArgs {
    FleetOptions fleet;
    std::string plan, json, format = "text";
    bool keep_going = false, restart = false;
    ApplyFlags apply;
};

int exit_code_for(const ApplyReport& report) {
    auto counts = count_statuses(report.tenants);
    if (counts.count("failed") || counts.count("not_started")) return exit_code::kError;
    if (counts.count("refused")) return exit_code::kRefused;
    return exit_code::kOk;
}

void run_fleet_apply(const FleetApplyArgs& a, int& exit_code) {
    FleetContext ctx(a.fleet);
    FleetPlan plan;
    std::vector<TenantRef> tenants;
    if (!a.plan.empty()) {
        plan = read_fleet_plan(a.plan);
        tenants = select_tenants(plan_tenants(plan), ctx.selection());
    } else {
        ParserState desired = load_desired_or_report(ctx.config().schema);
        DesiredFingerprints fingerprints(desired.catalog);
        plan = build_fleet_plan(read_fleet_catalogs(ctx.run(), ctx.selected_tenants()), fingerprints);
        tenants = plan_tenants(plan);
        std::cerr << fleet_plan_summary(plan);
    }
    for (const auto& g : plan.groups)
        if (!hazards_allowed(g.plan.plan, a.apply, ctx.config().allowed_hazards)) {
            exit_code = exit_code::kRefused;
            return;
        }
    std::unique_ptr<Journal> journal = ctx.config().journal.table.empty()
                                           ? open_file_journal(ctx.config().journal.file)
                                           : open_table_journal(ctx.run().connections, ctx.config().journal.table);
    ctx.run().allow_other_major = a.apply.allow_other_major;
    ApplyReport report = apply_fleet(ctx.run(), plan, tenants, *journal, {a.keep_going, a.restart});
    ctx.save_cache();
    if (a.format == "json") std::cout << apply_report_to_json(report).dump(1) << "\n";
    else std::cout << render_apply_report_text(report);
    if (!a.json.empty()) {
        std::ofstream out(a.json);
        out << apply_report_to_json(report).dump(1) << "\n";
        if (!out) throw std::runtime_error(a.json + ": cannot write the report");
    }
    exit_code = exit_code_for(report);
}

}  // namespace

void add_fleet_apply(CLI::App& fleet, int& exit_code) {
    auto* cmd = fleet.add_subcommand("apply", "Apply a fleet plan: canaries first, then the fleet within the budget");
    auto a = std::make_shared<FleetApplyArgs>();
    add_fleet_options(cmd, a->fleet);
    cmd->add_option("--plan", a->plan, "Fleet plan from `fleet plan -o` (default: plan now from the live tenants)");
    cmd->add_flag("--keep-going", a->keep_going, "Continue after a failed tenant (a failed canary still stops)");
    cmd->add_flag("--restart", a->restart, "Ignore the journal: revisit tenants an earlier run finished");
    add_apply_flags(cmd, a->apply, false);
    cmd->add_option("--json", a->json, "Also write the per-tenant report as JSON to this file");
    cmd->add_option("--format", a->format, "Report on stdout: text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([a, &exit_code] { run_fleet_apply(*a, exit_code); });
}

}  // namespace pgfleet
