#include "fleet/fleet_run.h"

namespace pgfleet {

std::string fingerprint_cache_path(const FleetConfig& config) { return config.state_dir + "/fingerprints.json"; }

}  // namespace pgfleet
