#include "fleet/drift.h"

#include <algorithm>
#include <chrono>
#include <mutex>

#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "fleet/runner.h"
#include "introspect/catalog_marker.h"

namespace pgfleet {
namespace {

// What it takes for `current` (read from a server of `major` as `role`) to match the desired
// state as plan binds it for that major and role.
std::vector<Difference> differences_for_major(const Catalog& current, const Catalog& desired, int major,
                                              const std::string& role, const lint::LintConfig& lint) {
    PlanOptions options;
    options.server_major = major;
    options.current_role = role;
    return drift_differences(current, bind_desired(desired, options), lint);
}

// Each drifted fingerprint's differences, worked out by the first tenant read at it.
class DifferenceCache {
public:
    bool known(const std::string& fingerprint) {
        std::lock_guard lock(mutex_);
        return by_fingerprint_.count(fingerprint) > 0;
    }
    void add(const std::string& fingerprint, std::vector<Difference> differences) {
        std::lock_guard lock(mutex_);
        by_fingerprint_.emplace(fingerprint, std::move(differences));
    }
    const std::vector<Difference>& at(const std::string& fingerprint) const { return by_fingerprint_.at(fingerprint); }

private:
    std::mutex mutex_;
    std::map<std::string, std::vector<Difference>> by_fingerprint_;
};

TenantDrift check_tenant(FleetRun& run, const TenantRef& t, DesiredFingerprints& desired, const DriftOptions& options,
                         DifferenceCache& differences) {
    TenantDrift d{t};
    try {
        Lease lease = run.connections.open(t);
        Session& s = lease.session();
        d.server_version_major = s.server_version_major();
        // The role only when the desired state names it: one query fewer on the fast path.
        std::string role = desired.depends_on_role() ? s.query_value("SELECT current_user") : "";
        std::string want = desired.at(d.server_version_major, role);
        d.role = role;
        if (!options.full) {
            auto known = run.cache.lookup_counters(t.key(), read_change_counters(s));
            if (known && *known == want) {
                d.status = DriftStatus::Matches;
                d.fingerprint = *known;
                return d;
            }
        }
        TenantRead r = read_tenant(s, t.key(), run.cache);
        lease.session().close_and_wait();
        d.read_in_full = true;
        d.fingerprint = r.fingerprint;
        if (r.fingerprint == desired.at(r.snapshot.server_version_major, r.snapshot.current_user)) {
            d.status = DriftStatus::Matches;
            return d;
        }
        d.status = DriftStatus::Drifted;
        d.kind = options.planned.count(r.fingerprint) ? DriftKind::Behind : DriftKind::Diverged;
        if (!differences.known(r.fingerprint))
            differences.add(r.fingerprint, differences_for_major(r.snapshot.catalog, desired.catalog(), r.snapshot.server_version_major,
                                                                r.snapshot.current_user, options.lint));
    } catch (const std::exception& e) {
        d.status = DriftStatus::Error;
        d.error = e.what();
        while (!d.error.empty() && d.error.back() == '\n') d.error.pop_back();
    }
    return d;
}

std::vector<DriftGroup> group_by_fingerprint(const std::vector<TenantDrift>& tenants, const DifferenceCache& cache) {
    std::map<std::string, DriftGroup> groups;
    for (const auto& t : tenants) {
        if (t.status == DriftStatus::Error) continue;
        DriftGroup& g = groups[t.fingerprint];
        g.fingerprint = t.fingerprint;
        g.status = t.status;
        g.kind = t.kind;
        g.tenants.push_back(t.tenant);
    }
    std::vector<DriftGroup> out;
    for (auto& [fp, g] : groups) {
        if (g.status == DriftStatus::Drifted) {
            g.differences = cache.at(fp);
            // Should the differ find nothing to do for a different fingerprint, say so rather
            // than report a drifted group with an empty list.
            if (g.differences.empty())
                g.differences.push_back({"", "", "", "fingerprint differs, but no change is needed", DriftSeverity::Other});
        }
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const DriftGroup& a, const DriftGroup& b) {
        if ((a.status == DriftStatus::Drifted) != (b.status == DriftStatus::Drifted))
            return a.status == DriftStatus::Drifted;
        if (a.severity() != b.severity()) return a.severity() > b.severity();
        if (a.tenants.size() != b.tenants.size()) return a.tenants.size() > b.tenants.size();
        return a.fingerprint < b.fingerprint;
    });
    return out;
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

const char* drift_kind_name(DriftKind k) {
    switch (k) {
        case DriftKind::None: return "";
        case DriftKind::Behind: return "behind";
        case DriftKind::Diverged: return "diverged";
    }
    return "";
}

DriftSeverity DriftGroup::severity() const {
    DriftSeverity most = DriftSeverity::Other;
    for (const auto& d : differences) most = std::max(most, d.severity);
    return most;
}

size_t DriftReport::count(DriftStatus status) const {
    size_t n = 0;
    for (const auto& t : tenants) n += t.status == status;
    return n;
}

size_t DriftReport::count(DriftKind kind) const {
    size_t n = 0;
    for (const auto& t : tenants) n += t.status == DriftStatus::Drifted && t.kind == kind;
    return n;
}

void learn_from_journal(const std::vector<JournalEntry>& entries, DriftOptions& options) {
    for (const auto& e : entries) {
        if (!e.target.empty()) options.planned.insert(e.target);
        options.last_apply[e.tenant] = e;  // oldest first: the last one wins
    }
}

DriftReport check_fleet_drift(FleetRun& run, const std::vector<TenantRef>& tenants, DesiredFingerprints& desired,
                              const DriftOptions& options) {
    auto start = std::chrono::steady_clock::now();
    DriftReport report;
    report.full = options.full;
    report.checked_at = utc_now();
    report.tenants.resize(tenants.size());
    DifferenceCache differences;
    Progress progress(stderr, run.live_progress, "drift", tenants.size());
    std::atomic<bool> stop{false};
    int workers = tenants.empty() ? 1 : run.connections.workers_for(tenants);
    run_jobs(tenants.size(), workers, [&](size_t i) {
        report.tenants[i] = check_tenant(run, tenants[i], desired, options, differences);
        const TenantDrift& d = report.tenants[i];
        std::string status = d.kind == DriftKind::None ? drift_status_name(d.status) : drift_kind_name(d.kind);
        if (!run.quiet) progress.done(tenants[i].key(), status, d.error);
    }, stop);
    if (!run.quiet) progress.finish();
    for (auto& t : report.tenants) {
        auto last = options.last_apply.find(t.tenant);
        if (last != options.last_apply.end()) t.last_apply = last->second;
    }
    report.groups = group_by_fingerprint(report.tenants, differences);
    // The server major version is part of a fingerprint: report the desired one per major seen.
    for (const auto& t : report.tenants)
        if (t.server_version_major)
            report.desired_fingerprints[t.server_version_major] = desired.at(t.server_version_major, t.role);
    report.clusters = run.connections.contacted();
    for (const auto& c : report.clusters) report.peak_sessions.push_back(run.connections.peak_sessions(c.name));
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace pgfleet
