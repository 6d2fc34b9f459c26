#include "fleet/drift.h"

#include <chrono>
#include <mutex>

#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "differ/differ.h"
#include "fleet/runner.h"
#include "introspect/catalog_marker.h"

namespace pgfleet {
namespace {

// What it takes for `current` (read from a server of `major`) to match the desired state as
// that major can hold it.
std::vector<std::string> differences(const Catalog& current, Catalog desired, int major) {
    fit_to_server(desired, major);
    std::vector<std::string> out;
    for (const auto& change : diff_catalogs(current, desired).changes)
        out.push_back(describe_change(change, current, desired));
    return out;
}

TenantDrift check_tenant(FleetRun& run, const TenantRef& t, DesiredFingerprints& desired) {
    TenantDrift d{t};
    try {
        Lease lease = run.connections.open(t);
        Session& s = lease.session();
        d.server_version_major = s.server_version_major();
        std::string want = desired.at(d.server_version_major);
        auto known = run.cache.lookup_counters(t.key(), read_change_counters(s));
        if (known && *known == want) {
            d.status = DriftStatus::Matches;
            d.fingerprint = *known;
            return d;
        }
        TenantRead r = read_tenant(s, t.key(), run.cache);
        lease.session().close_and_wait();
        d.read_in_full = true;
        d.fingerprint = r.fingerprint;
        if (r.fingerprint == desired.at(r.snapshot.server_version_major)) {
            d.status = DriftStatus::Matches;
            return d;
        }
        d.status = DriftStatus::Drifted;
        d.differences = differences(r.snapshot.catalog, desired.catalog(), r.snapshot.server_version_major);
        // Should the differ find nothing to do for a different fingerprint, say so rather
        // than report a drifted tenant with an empty list.
        static const std::string kNoChange = "fingerprint differs, but no change is needed";
        if (d.differences.empty()) d.differences.push_back(kNoChange);
    } catch (const std::exception& e) {
        d.status = DriftStatus::Error;
        d.error = e.what();
        while (!d.error.empty() && d.error.back() == '\n') d.error.pop_back();
    }
    return d;
}

}  // namespace

const char* drift_status_name(DriftStatus s) {
    switch (s) {
        case DriftStatus::Matches: return "matches";
        case DriftStatus::Drifted: return "drifted";
        case DriftStatus::Error: return "error";
    }
    return "error";
}

size_t DriftReport::count(DriftStatus status) const {
    size_t n = 0;
    for (const auto& t : tenants) n += t.status == status;
    return n;
}

DriftReport check_fleet_drift(FleetRun& run, const std::vector<TenantRef>& tenants, DesiredFingerprints& desired) {
    auto start = std::chrono::steady_clock::now();
    DriftReport report;
    report.tenants.resize(tenants.size());
    Progress progress(stderr, run.live_progress, "drift", tenants.size());
    std::atomic<bool> stop{false};
    int workers = tenants.empty() ? 1 : run.connections.workers_for(tenants);
    run_jobs(tenants.size(), workers, [&](size_t i) {
        report.tenants[i] = check_tenant(run, tenants[i], desired);
        const TenantDrift& d = report.tenants[i];
        if (!run.quiet) progress.done(tenants[i].key(), drift_status_name(d.status), d.error);
    }, stop);
    if (!run.quiet) progress.finish();
    // The server major version is part of a fingerprint: report the desired one per major seen.
    for (const auto& t : report.tenants)
        if (t.server_version_major) report.desired_fingerprints[t.server_version_major] = desired.at(t.server_version_major);
    report.clusters = run.connections.contacted();
    for (const auto& c : report.clusters) report.peak_sessions.push_back(run.connections.peak_sessions(c.name));
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace pgfleet
