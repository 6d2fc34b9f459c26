#pragma once
// Splitting a run's tenants into waves: the canaries, then each configured wave in order,
// then whatever is left. The split depends only on the tenants, their sizes and the
// configuration, so every worker of a run computes the same one.
#include <string>
#include <vector>

#include "fleet/config.h"
#include "fleet/tenant.h"

namespace pgfleet {

struct Wave {
    std::string name;
    std::vector<size_t> members;  // indexes into the run's tenants, ascending
    bool one_at_a_time = false;   // across every worker (the canaries)
    size_t allowed_failures = 0;  // failed or refused tenants the wave may have and still be healthy
    bool canaries = false;        // a failure stops the run at once, --keep-going or not
};

// `tenants` sorted; `bytes[i]` the size of tenants[i] (-1: unknown, never in a size wave).
// A wave that selects nobody is kept (empty) so reports show every configured wave.
std::vector<Wave> assign_waves(const std::vector<TenantRef>& tenants, const std::vector<long long>& bytes,
                               const FleetConfig& config);

// The number of failures a wave of `size` tenants tolerates under `config`.
size_t allowed_failures(const WaveConfig& config, size_t size);

}  // namespace pgfleet
