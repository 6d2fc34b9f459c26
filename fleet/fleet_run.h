#pragma once
// What every fleet command works with: the configuration, the connections (budget, wake),
// the fingerprint cache and where progress goes.
#include "fleet/config.h"
#include "fleet/connections.h"
#include "fleet/fingerprint_cache.h"
#include "fleet/progress.h"

namespace pgfleet {

struct FleetRun {
    const FleetConfig& config;
    FleetConnections& connections;
    FingerprintCache& cache;
    bool live_progress = false;  // one rewritten line (a terminal) instead of a line per tenant
    bool quiet = false;          // no progress at all
    bool allow_other_major = false;  // fleet apply --allow-other-major (fleet/apply.h)
};

// The fingerprint cache file of a configuration.
std::string fingerprint_cache_path(const FleetConfig& config);

}  // namespace pgfleet
