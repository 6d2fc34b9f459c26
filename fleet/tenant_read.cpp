#include "fleet/tenant_read.h"

#include "catalog/fingerprint.h"
#include "introspect/catalog_marker.h"
#include "introspect/catalog_reader.h"

namespace pgfleet {

TenantRead read_tenant(Session& session, const std::string& tenant_key, FingerprintCache& cache) {
    CatalogMarker before = read_catalog_marker(session);
    TenantRead r;
    r.snapshot = read_catalog(session);
    r.fingerprint = fingerprint(r.snapshot.catalog, r.snapshot.server_version_major);
    CatalogMarker after = read_catalog_marker(session);
    if (before.marker == after.marker) cache.remember(tenant_key, after.marker, r.fingerprint);
    return r;
}

std::string DesiredFingerprints::at(int major) {
    std::lock_guard lock(mutex_);
    auto it = by_major_.find(major);
    if (it == by_major_.end()) it = by_major_.emplace(major, fingerprint(desired_, major)).first;
    return it->second;
}

}  // namespace pgfleet
