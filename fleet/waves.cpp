#include "fleet/waves.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <fnmatch.h>

#include "fleet/inventory.h"

namespace pgfleet {
namespace {

// The order a share is taken in: a hash of the name, so a 10% wave is spread over the
// fleet (not the first names alphabetically) and adding tenants moves few others. FNV-1a
// alone orders names that differ in one early byte (the cluster) by a near-constant offset,
// so its bits are mixed again (MurmurHash3's finalizer).
uint64_t name_hash(const std::string& key) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 33);
}

size_t share_count(double share, size_t total) {
    return std::min(total, static_cast<size_t>(std::ceil(share * static_cast<double>(total) - 1e-9)));
}

bool matches_pattern(const std::string& pattern, const TenantRef& t) {
    return fnmatch(pattern.c_str(), t.key().c_str(), 0) == 0 || fnmatch(pattern.c_str(), t.database.c_str(), 0) == 0;
}

// The tenants (from `left`) that `w` selects.
std::vector<size_t> select(const WaveConfig& w, const std::vector<size_t>& left, const std::vector<TenantRef>& tenants,
                           const std::vector<long long>& bytes) {
    std::vector<size_t> out;
    if (w.selects_rest()) return left;
    if (!w.tenants.empty() || !w.pattern.empty() || w.max_bytes >= 0) {
        for (size_t i : left) {
            bool in = !w.tenants.empty() ? tenant_listed(tenants[i], w.tenants)
                      : !w.pattern.empty() ? matches_pattern(w.pattern, tenants[i])
                                           : bytes[i] >= 0 && bytes[i] <= w.max_bytes;
            if (in) out.push_back(i);
        }
        return out;
    }
    std::vector<size_t> order = left;
    if (w.share > 0) {
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            uint64_t ha = name_hash(tenants[a].key()), hb = name_hash(tenants[b].key());
            return ha != hb ? ha < hb : a < b;
        });
    } else {
        // Unknown sizes go last: they are never taken for small.
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            long long sa = bytes[a] < 0 ? LLONG_MAX : bytes[a], sb = bytes[b] < 0 ? LLONG_MAX : bytes[b];
            return sa < sb;
        });
    }
    size_t n = share_count(w.share > 0 ? w.share : w.smallest, tenants.size());
    for (size_t i : order) {
        if (out.size() == n) break;
        if (w.smallest > 0 && bytes[i] < 0) break;
        out.push_back(i);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void take(std::vector<size_t>& left, const std::vector<size_t>& taken) {
    std::vector<size_t> rest;
    std::set_difference(left.begin(), left.end(), taken.begin(), taken.end(), std::back_inserter(rest));
    left = std::move(rest);
}

}  // namespace

size_t allowed_failures(const WaveConfig& w, size_t size) {
    size_t allowed = SIZE_MAX;
    if (w.max_failures >= 0) allowed = static_cast<size_t>(w.max_failures);
    if (w.max_failure_rate >= 0)
        allowed = std::min(allowed, static_cast<size_t>(std::floor(w.max_failure_rate * static_cast<double>(size) + 1e-9)));
    return allowed == SIZE_MAX ? 0 : allowed;
}

std::vector<Wave> assign_waves(const std::vector<TenantRef>& tenants, const std::vector<long long>& bytes,
                               const FleetConfig& config) {
    std::vector<size_t> left(tenants.size());
    for (size_t i = 0; i < left.size(); ++i) left[i] = i;
    std::vector<Wave> waves;
    if (!config.canaries.empty()) {
        Wave w{"canaries", {}, true, 0, true};
        for (size_t i : left)
            if (tenant_listed(tenants[i], config.canaries)) w.members.push_back(i);
        take(left, w.members);
        waves.push_back(std::move(w));
    }
    for (const auto& wc : config.waves) {
        Wave w{wc.name, select(wc, left, tenants, bytes), wc.one_at_a_time, 0, false};
        w.allowed_failures = allowed_failures(wc, w.members.size());
        take(left, w.members);
        waves.push_back(std::move(w));
    }
    if (!left.empty() || waves.empty())
        waves.push_back({config.waves.empty() ? "all" : "rest", left, false, 0, false});
    return waves;
}

}  // namespace pgfleet
