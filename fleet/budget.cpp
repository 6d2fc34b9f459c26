#include "fleet/budget.h"

#include <algorithm>
#include <cmath>

namespace pgfleet {

ServerLoad read_server_load(Session& session) {
    auto rows = session.query(
        "SELECT current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int, "
        "(SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() "
        "AND application_name IS DISTINCT FROM current_setting('application_name'))");
    ServerLoad load;
    load.max_connections = std::stoi(rows.at(0).at(0).value_or("0"));
    load.reserved_connections = std::stoi(rows.at(0).at(1).value_or("0"));
    load.in_use = std::stoi(rows.at(0).at(2).value_or("0"));
    return load;
}

int connection_budget(const ConnectionPolicy& policy, const ServerLoad& load) {
    int share = static_cast<int>(std::floor(policy.max_share * load.max_connections)) - load.in_use;
    return std::max(1, std::min(policy.max_per_cluster, share));
}

void SessionSlots::set_capacity(int capacity) {
    std::lock_guard lock(mutex_);
    capacity_ = std::max(1, capacity);
    cv_.notify_all();
}

void SessionSlots::acquire() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return used_ < capacity_; });
    ++used_;
    peak_ = std::max(peak_, used_);
}

void SessionSlots::release() {
    std::lock_guard lock(mutex_);
    --used_;
    cv_.notify_one();
}

int SessionSlots::capacity() const {
    std::lock_guard lock(mutex_);
    return capacity_;
}

int SessionSlots::peak() const {
    std::lock_guard lock(mutex_);
    return peak_;
}

}  // namespace pgfleet
