#include "fleet/tenant_read.h"

#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "introspect/catalog_marker.h"
#include "introspect/catalog_reader.h"
#include "planner/planner.h"

namespace pgfleet {

namespace {

// CREATE INDEX CONCURRENTLY marks its index valid in place, which no row counter sees: a
// catalog read with such an index pending is not trusted by counters.
bool has_pending_index(const Catalog& catalog) {
    for (const auto& [name, index] : catalog.indexes)
        if (!index.valid) return true;
    return false;
}

}  // namespace

TenantRead read_tenant(Session& session, const std::string& tenant_key, FingerprintCache& cache) {
    // This session's own counts (an apply just made) are reported before the counters are
    // read: the server flushes them when the forcing statement ends (PostgreSQL 15+).
    if (session.server_version().has(ServerFeature::StatsFlushOnDemand)) session.execute("SELECT pg_stat_force_next_flush()");
    // Counters first: a change they miss now moves them later, which only costs a full read.
    std::string counters = read_change_counters(session);
    CatalogMarker before = read_catalog_marker(session);
    TenantRead r;
    r.snapshot = read_catalog(session);
    r.fingerprint = fingerprint(r.snapshot.catalog, r.snapshot.server_version_major);
    CatalogMarker after = read_catalog_marker(session);
    if (has_pending_index(r.snapshot.catalog)) counters.clear();
    if (before.marker == after.marker) cache.remember(tenant_key, after.marker, counters, r.fingerprint);
    return r;
}

std::string DesiredFingerprints::at(int major, const std::string& role) {
    std::string bound_role = depends_on_role() ? role : "";
    std::lock_guard lock(mutex_);
    auto key = std::make_pair(major, bound_role);
    auto it = by_major_and_role_.find(key);
    if (it == by_major_and_role_.end()) {
        // What `plan` fingerprints as its target (planner.h's bind_desired), so the two agree.
        PlanOptions options;
        options.server_major = major;
        options.current_role = bound_role;
        it = by_major_and_role_.emplace(key, fingerprint(bind_desired(desired_, options), major)).first;
    }
    return it->second;
}

bool DesiredFingerprints::depends_on_role() {
    std::lock_guard lock(mutex_);
    if (!depends_on_role_) {
        // Two roles no desired state names: the fingerprints differ only if the role is used.
        PlanOptions a, b;
        a.server_major = b.server_major = 15;
        a.current_role = "pgfleet_probe_role_a";
        b.current_role = "pgfleet_probe_role_b";
        depends_on_role_ = fingerprint(bind_desired(desired_, a), 15) != fingerprint(bind_desired(desired_, b), 15);
    }
    return *depends_on_role_;
}

}  // namespace pgfleet
