#pragma once
// The per-cluster connection budget and the slots that enforce it.
#include <condition_variable>
#include <mutex>

#include "fleet/config.h"
#include "introspect/session.h"

namespace pgfleet {

// What the server allows and what is already in use.
struct ServerLoad {
    int max_connections = 0;
    int reserved_connections = 0;  // superuser_reserved_connections
    int in_use = 0;                // client sessions other than pgfleet's own (same application_name)
};

// Reads max_connections and the client sessions in use. Throws SqlError / ConnectionError.
ServerLoad read_server_load(Session& session);

// min(max_per_cluster, floor(max_share * max_connections) - in_use), at least 1: admin
// sessions and the application keep their headroom.
int connection_budget(const ConnectionPolicy& policy, const ServerLoad& load);

// A counting semaphore that remembers its high-water mark.
class SessionSlots {
public:
    explicit SessionSlots(int capacity = 1) : capacity_(capacity) {}
    void set_capacity(int capacity);
    void acquire();
    void release();
    int capacity() const;
    int peak() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    int capacity_, used_ = 0, peak_ = 0;
};

}  // namespace pgfleet
