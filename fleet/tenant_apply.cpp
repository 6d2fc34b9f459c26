#include "fleet/tenant_apply.h"

#include <chrono>

#include "catalog/fingerprint.h"
#include "fleet/apply.h"
#include "fleet/database_apply.h"
#include "fleet/tenant_read.h"
#include "introspect/catalog_marker.h"

namespace pgfleet {
namespace {

// Errors in a tenant's outcome: their first line, cut for a report row.
constexpr size_t kErrorWidth = 120;

// pqxx reports a session the server ended as "not connected"; say what happened.
std::string explain(const std::string& error) {
    std::string line = first_line(error, kErrorWidth);
    for (const char* lost : {"not connected", "server closed the connection", "terminating connection",
                             "Connection to database failed"})
        if (line.find(lost) != std::string::npos) return "the database session was lost (" + line + ")";
    return line;
}

// After a failed statement the session may be gone (terminated backend): look again on a
// fresh one and say what the tenant was left as.
std::string state_after_failure(FleetRun& run, Lease& lease, const TenantRef& t, const SavedPlan& plan) {
    try {
        lease.reconnect();
        TenantRead now = read_tenant(lease.session(), t.key(), run.cache);
        if (now.fingerprint == plan.header.source_fingerprint) return "the tenant is unchanged";
        if (now.fingerprint == plan.header.target_fingerprint) return "the tenant is nevertheless at the target";
        return "the tenant is now at fingerprint " + short_fingerprint(now.fingerprint) +
               " (steps outside a transaction ran); plan again";
    } catch (const std::exception& e) {
        return std::string("could not re-read the tenant: ") + first_line(e.what(), kErrorWidth);
    }
}

TenantOutcome run_steps(FleetRun& run, const TenantRef& t, const SavedPlan& plan,
                        std::chrono::steady_clock::time_point& started) {
    TenantOutcome out{t};
    const std::string& source = plan.header.source_fingerprint;
    const std::string& target = plan.header.target_fingerprint;
    Lease lease = run.connections.open(t);
    // A tenant's time is its own work, not its wait for a session slot behind other tenants.
    started = std::chrono::steady_clock::now();
    Session& s = lease.session();
    if (s.query_value("SELECT pg_try_advisory_lock(" + std::to_string(kApplyLockKey) + ")") != "t") {
        out.status = ApplyStatus::Failed;
        out.detail = "another pgfleet apply holds this tenant's advisory lock";
        out.busy = true;
        return out;
    }
    // From PostgreSQL 14 a backend whose client went away (a worker killed mid-statement)
    // notices while it still waits or works, and rolls back at once.
    if (s.server_version_major() >= 14) s.execute("SET client_connection_check_interval = 1000");
    // A tenant whose marker shows it is known to be at the target needs nothing more.
    auto known = run.cache.lookup(t.key(), read_catalog_marker(s).marker);
    if (known && *known == target) {
        out.status = ApplyStatus::AtTarget;
        return out;
    }
    TenantRead before = read_tenant(s, t.key(), run.cache);
    const int planned_major = plan.header.server_version_major;
    const bool other_major = before.snapshot.server_version_major != planned_major;
    if (other_major && !run.allow_other_major) {
        out.status = ApplyStatus::Refused;
        out.detail = other_major_message(planned_major, before.snapshot.server_version_major);
        return out;
    }
    // Let through by --allow-other-major: compared as if the tenant ran the plan's major.
    if (other_major) before.fingerprint = fingerprint(before.snapshot.catalog, planned_major);
    if (before.fingerprint == target) {
        out.status = ApplyStatus::AtTarget;
        return out;
    }
    if (before.fingerprint != source) {
        out.status = ApplyStatus::Refused;
        out.detail = "the tenant changed since planning: planned from " + short_fingerprint(source) + ", now at " +
                     short_fingerprint(before.fingerprint) + "; plan again";
        return out;
    }
    if (std::string problems = saved_plan_problems(plan, before.snapshot.catalog); !problems.empty()) {
        out.status = ApplyStatus::Refused;
        out.detail = problems;
        return out;
    }
    ApplyOptions options;
    options.lock_timeout_seconds = run.config.timeouts.lock_seconds;
    options.statement_timeout_seconds = run.config.timeouts.statement_seconds;
    ApplyResult r = apply_plan(s, plan.plan, options);
    out.statements = r.applied;
    out.steps = r.steps;
    if (!r.ok) {
        out.status = ApplyStatus::Failed;
        ApplyResult shown = r;
        shown.error = explain(r.error);
        out.detail = "failed at " + describe_failure(shown, 80) + "; " + state_after_failure(run, lease, t, plan);
        return out;
    }
    TenantRead after = read_tenant(s, t.key(), run.cache);
    if (other_major) after.fingerprint = fingerprint(after.snapshot.catalog, planned_major);
    if (after.fingerprint != target) {
        out.status = ApplyStatus::Failed;
        out.detail = "the plan ran, but the tenant is at fingerprint " + short_fingerprint(after.fingerprint) +
                     ", not the target " + short_fingerprint(target);
        return out;
    }
    out.status = ApplyStatus::Applied;
    return out;
}

}  // namespace

const char* status_name(ApplyStatus s) {
    switch (s) {
        case ApplyStatus::Applied: return "applied";
        case ApplyStatus::AtTarget: return "at_target";
        case ApplyStatus::DoneEarlier: return "done_earlier";
        case ApplyStatus::Refused: return "refused";
        case ApplyStatus::Failed: return "failed";
        case ApplyStatus::NotStarted: return "not_started";
    }
    return "failed";
}

TenantOutcome apply_to_tenant(FleetRun& run, const TenantRef& t, const SavedPlan& plan) {
    auto start = std::chrono::steady_clock::now();
    TenantOutcome out{t};
    try {
        out = run_steps(run, t, plan, start);
    } catch (const std::exception& e) {
        out.status = ApplyStatus::Failed;
        out.detail = explain(e.what());
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

}  // namespace pgfleet
