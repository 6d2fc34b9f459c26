#pragma once
// Reading one tenant's catalog in full, and the fingerprints compared against it.
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "catalog/catalog.h"
#include "catalog/snapshot.h"
#include "fleet/fingerprint_cache.h"
#include "introspect/session.h"

namespace pgfleet {

struct TenantRead {
    Snapshot snapshot;
    std::string fingerprint;
};

// Reads the catalog between two marker queries; when the markers agree (nothing changed
// during the read) the cache learns marker -> fingerprint for this tenant.
TenantRead read_tenant(Session& session, const std::string& tenant_key, FingerprintCache& cache);

// Fingerprints of the desired catalog per server major version, computed once each.
class DesiredFingerprints {
public:
    explicit DesiredFingerprints(const Catalog& desired) : desired_(desired) {}
    // The desired state as `plan` fingerprints it for a tenant of this major read as `role`
    // (CURRENT_USER and default privileges without FOR ROLE mean that role).
    std::string at(int server_version_major, const std::string& role);
    // Whether the role changes the fingerprint at all; when not, any role may be passed.
    bool depends_on_role();
    const Catalog& catalog() const { return desired_; }

private:
    const Catalog& desired_;
    std::mutex mutex_;
    std::optional<bool> depends_on_role_;
    std::map<std::pair<int, std::string>, std::string> by_major_and_role_;
};

}  // namespace pgfleet
