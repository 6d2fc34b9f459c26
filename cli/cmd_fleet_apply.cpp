// pgfleet fleet apply: canaries, then the fleet in waves within the budget, journaled and
// resumable; with the journal on the control database, any number of workers form one run.
#include <cstdlib>
#include <iostream>

#include "cli/apply_flags.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "fleet/apply_report.h"
#include "fleet/fleet_plan_render.h"
#include "fleet/fleet_workers.h"
#include "fleet/group_proofs.h"
#include "fleet/plan_coverage.h"
#include "fleet/tenant_catalogs.h"
#include "report/fleet_apply_report.h"

namespace pgfleet {
namespace {

struct FleetApplyArgs {
    FleetOptions fleet;
    std::string plan, run_id, worker;
    bool keep_going = false, restart = false, skip_unplanned = false, prove = false;
    ApplyFlags apply;
    OutputOptions output;
};

int exit_code_for(const ApplyReport& report) {
    auto counts = count_statuses(report.tenants);
    if (!report.worker_error.empty() || counts.count("failed") || counts.count("not_started")) return exit_code::kError;
    if (counts.count("refused")) return exit_code::kRefused;
    return exit_code::kOk;
}

// A saved plan must cover the fleet as it is now: tenants onboarded since are named, and
// the apply stops before touching anything unless told to leave them out.
bool plan_covers_fleet(FleetContext& ctx, const std::vector<TenantRef>& planned, const TenantSelection& selection,
                       bool skip_unplanned) {
    std::vector<TenantRef> found = select_tenants(discover_tenants(ctx.config(), ctx.run().connections), selection);
    PlanCoverage c = plan_coverage(planned, found, ctx.config());
    if (!c.gone.empty())
        std::cerr << "pgfleet: warning: " << c.gone.size() << " tenant" << (c.gone.size() == 1 ? " of the plan was" : "s of the plan were")
                  << " not found now (dropped since?): " << tenant_list_text(c.gone) << "\n";
    if (c.unplanned.empty()) return true;
    std::cerr << "pgfleet: " << c.unplanned.size() << " tenant" << (c.unplanned.size() == 1 ? " is" : "s are")
              << " not in the plan (onboarded after it was made?): " << tenant_list_text(c.unplanned) << "\n";
    if (skip_unplanned) {
        std::cerr << "pgfleet: --skip-unplanned: applying the plan to the tenants it covers\n";
        return true;
    }
    std::cerr << "pgfleet: nothing was applied; plan again (fleet plan -o), or pass --skip-unplanned to apply the plan "
                 "to the tenants it covers\n";
    return false;
}

WorkerIdentity worker_identity(const FleetApplyArgs& a, FleetContext& ctx) {
    WorkerIdentity me;
    me.run_id = a.run_id;
    if (me.run_id.empty())
        if (const char* env = std::getenv("PGFLEET_RUN_ID"); env && *env) me.run_id = env;
    // The children of an AWS Batch array job are "<parent id>:<index>": the parent is the run.
    const char* batch = std::getenv("AWS_BATCH_JOB_ID");
    if (me.run_id.empty() && batch && std::getenv("AWS_BATCH_JOB_ARRAY_INDEX")) {
        std::string id = batch;
        if (id.find(':') != std::string::npos) me.run_id = "batch-" + id.substr(0, id.find(':'));
    }
    me.name = a.worker.empty() ? default_worker_name() : a.worker;
    me.shard_index = ctx.selection().shard_index;
    me.shard_count = ctx.selection().shard_count;
    for (const auto& c : ctx.config().clusters) me.clusters.insert(c.name);
    return me;
}

void run_fleet_apply(const FleetApplyArgs& a, int& exit_code) {
    auto targets = output_targets(a.output);
    FleetContext ctx(a.fleet);
    const bool workers = !ctx.config().journal.table.empty();
    // Workers of one run share the tenants: the shard only says which ones a worker takes first.
    TenantSelection selection = ctx.selection();
    if (workers) selection.shard_count = selection.shard_index = 1;
    WorkerIdentity me = worker_identity(a, ctx);
    std::unique_ptr<FleetWorkers> run_on_control;
    if (workers) run_on_control = std::make_unique<FleetWorkers>(ctx.run().connections, ctx.config(), me.name);
    FleetPlan plan;
    std::vector<TenantRef> tenants;
    if (!a.plan.empty()) {
        plan = read_fleet_plan(a.plan);
        tenants = select_tenants(plan_tenants(plan), selection);
        if (!plan_covers_fleet(ctx, plan_tenants(plan), selection, a.skip_unplanned)) {
            exit_code = exit_code::kRefused;
            return;
        }
    } else {
        if (workers && !ctx.shard_source().empty())
            throw std::invalid_argument("the workers of a run (" + ctx.shard_source() +
                                        ") must apply one plan: make it once with `fleet plan -o FILE` and give "
                                        "every worker --plan FILE");
        ParserState desired = load_desired_or_report(ctx.config().schema);
        DesiredFingerprints fingerprints(desired.catalog);
        FleetCatalogs catalogs =
            read_fleet_catalogs(ctx.run(), select_tenants(discover_tenants(ctx.config(), ctx.run().connections), selection));
        for (const auto& [fingerprint, group] : catalogs.groups()) refuse_uncastable_type_changes(group.snapshot, desired);
        plan = build_fleet_plan(catalogs, fingerprints);
        tenants = plan_tenants(plan);
        std::cerr << fleet_plan_summary(plan);
    }
    for (const auto& g : plan.groups)
        if (!hazards_allowed(g.plan.plan, a.apply, ctx.config().allowed_hazards)) {
            exit_code = exit_code::kRefused;
            return;
        }
    if (a.prove) {
        GroupProofs proofs = prove_groups(ctx.run(), plan, tenants);
        std::cerr << proofs.text;
        if (!proofs.all_proven) {
            std::cerr << "pgfleet: refused: not applied to any tenant: a group's plan was not proven on a local copy\n";
            exit_code = exit_code::kRefused;
            return;
        }
    }
    ctx.run().allow_other_major = a.apply.allow_other_major;
    FleetApplyOptions options{a.keep_going, a.restart};
    ApplyReport report;
    if (workers) {
        report = run_on_control->apply(ctx.run(), plan, tenants, me, options);
    } else {
        auto journal = open_file_journal(ctx.config().journal.file);
        report = apply_fleet(ctx.run(), plan, tenants, *journal, options);
    }
    ctx.save_cache();
    write_outputs(targets, [&](const std::string& format) { return render_fleet_apply(report, format); });
    exit_code = exit_code_for(report);
}

}  // namespace

void add_fleet_apply(CLI::App& fleet, int& exit_code) {
    auto* cmd = fleet.add_subcommand("apply", "Apply a fleet plan: canaries first, then the fleet in waves within the budget");
    auto a = std::make_shared<FleetApplyArgs>();
    add_fleet_options(cmd, a->fleet);
    cmd->add_option("--plan", a->plan, "Fleet plan from `fleet plan -o` (default: plan now from the live tenants)");
    cmd->add_flag("--keep-going", a->keep_going,
                  "Finish a wave despite failures (a failed canary still stops, and so does a wave over its threshold)");
    cmd->add_flag("--restart", a->restart, "Ignore the journal: revisit tenants an earlier run finished");
    cmd->add_flag("--prove", a->prove,
                  "Before any tenant is touched, prove each fingerprint group's plan once on a local throwaway copy "
                  "of one of its tenants (as apply --prove)");
    cmd->add_flag("--skip-unplanned", a->skip_unplanned,
                  "Apply a saved plan even though tenants found now are not in it (they are left alone)");
    cmd->add_option("--run", a->run_id,
                    "Run id shared by the workers of one job (default: PGFLEET_RUN_ID, else derived from the plan)");
    cmd->add_option("--worker", a->worker, "This worker's name in the journal (default: PGFLEET_WORKER, else host:pid)");
    add_apply_flags(cmd, a->apply, false);
    add_output_options(cmd, a->output, {"text", "json", "markdown"}, true);
    cmd->callback([a, &exit_code] { run_fleet_apply(*a, exit_code); });
}

}  // namespace pgfleet
