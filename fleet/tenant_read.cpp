#include "fleet/tenant_read.h"

#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "introspect/catalog_marker.h"
#include "introspect/catalog_reader.h"

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

std::string DesiredFingerprints::at(int major) {
    std::lock_guard lock(mutex_);
    auto it = by_major_.find(major);
    if (it == by_major_.end()) {
        // The desired state as a server of this major can hold it (catalog/server_fit.h).
        Catalog fitted = desired_;
        fit_to_server(fitted, major);
        it = by_major_.emplace(major, fingerprint(fitted, major)).first;
    }
    return it->second;
}

}  // namespace pgfleet
