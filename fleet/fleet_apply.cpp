#include "fleet/fleet_apply.h"

#include <algorithm>
#include <chrono>
#include <mutex>

#include "fleet/inventory.h"
#include "fleet/runner.h"
#include "fleet/tenant_apply.h"

namespace pgfleet {
namespace {

bool is_failure(ApplyStatus s) { return s == ApplyStatus::Failed || s == ApplyStatus::Refused; }

TenantState journal_state(ApplyStatus s) {
    switch (s) {
        case ApplyStatus::Applied: return TenantState::Applied;
        case ApplyStatus::AtTarget: return TenantState::AtTarget;
        case ApplyStatus::Refused: return TenantState::Refused;
        default: return TenantState::Failed;
    }
}

// One tenant: journal "started", the work, journal the result. No session is held while
// journaling, so a journal table on the same cluster never competes with tenant work.
TenantOutcome run_tenant(FleetRun& run, const TenantRef& t, const PlanGroup& group, Journal& journal) {
    const std::string& target = group.plan.header.target_fingerprint;
    try {
        journal.record({t, target, TenantState::Started, "", ""});
    } catch (const std::exception& e) {
        return {t, ApplyStatus::Failed, std::string("journal: ") + e.what()};
    }
    TenantOutcome out = apply_to_tenant(run, t, group.plan);
    try {
        journal.record({t, target, journal_state(out.status), out.detail, ""});
    } catch (const std::exception& e) {
        out.status = ApplyStatus::Failed;
        out.detail += std::string(out.detail.empty() ? "" : "; ") + "journal: " + e.what();
    }
    return out;
}

}  // namespace

std::vector<TenantRef> plan_tenants(const FleetPlan& plan) {
    std::vector<TenantRef> out;
    for (const auto& g : plan.groups) out.insert(out.end(), g.tenants.begin(), g.tenants.end());
    for (const auto& u : plan.unreadable) out.push_back(u.tenant);
    std::sort(out.begin(), out.end());
    return out;
}

ApplyReport apply_fleet(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& tenants, Journal& journal,
                        const FleetApplyOptions& options) {
    auto start = std::chrono::steady_clock::now();
    ApplyReport report;
    std::vector<JournalEntry> entries = options.restart ? std::vector<JournalEntry>{} : journal.load();
    report.tenants.resize(tenants.size());
    std::vector<size_t> canaries, rest;
    for (size_t i = 0; i < tenants.size(); ++i) {
        const TenantRef& t = tenants[i];
        TenantOutcome& out = report.tenants[i];
        out.tenant = t;
        const PlanGroup* group = plan.group_of(t);
        if (!group) {
            out.status = ApplyStatus::Failed;
            out.detail = "not planned: its catalog could not be read when planning";
            for (const auto& u : plan.unreadable)
                if (u.tenant == t) out.detail += " (" + u.error + ")";
        } else if (journal_finished(entries, t, group->plan.header.target_fingerprint)) {
            out.status = ApplyStatus::DoneEarlier;
        } else {
            (tenant_listed(t, run.config.canaries) ? canaries : rest).push_back(i);
        }
    }
    Progress progress(stderr, run.live_progress, "apply", canaries.size() + rest.size());
    std::atomic<bool> stop{false};
    std::mutex mutex;
    auto run_one = [&](size_t i, bool canary) {
        TenantOutcome out = run_tenant(run, tenants[i], *plan.group_of(tenants[i]), journal);
        std::lock_guard lock(mutex);
        report.tenants[i] = out;
        if (is_failure(out.status) && (canary || !options.keep_going)) stop = true;
        if (!run.quiet) progress.done(tenants[i].key() + (canary ? " (canary)" : ""), status_name(out.status), out.detail);
    };
    // Canaries one at a time: the first sign of trouble stops the run before the fleet.
    run_jobs(canaries.size(), 1, [&](size_t k) { run_one(canaries[k], true); }, stop);
    if (!stop) {
        std::vector<TenantRef> pending;
        for (size_t i : rest) pending.push_back(tenants[i]);
        int workers = pending.empty() ? 1 : run.connections.workers_for(pending);
        run_jobs(rest.size(), workers, [&](size_t k) { run_one(rest[k], false); }, stop);
    }
    if (!run.quiet) progress.finish();
    report.stopped_early = stop;
    report.clusters = run.connections.contacted();
    for (const auto& c : report.clusters) report.peak_sessions.push_back(run.connections.peak_sessions(c.name));
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace pgfleet
