#pragma once
// A cluster's session budget held across every worker: slot i of cluster C is the advisory
// lock (slot_key(C), i) on the control database, taken before a session to C opens and
// released after it has closed. Slots are per cluster, not per run, so concurrent runs share
// the budget too.
//
// A worker that dies loses its locks at once, but a session it had open (or was opening) on
// C may still run until the server notices the client is gone. So a slot's row in T_slots
// names its holder from the moment the lock is taken, and the server process once the session
// is open; a slot freed with its row still set is tainted. A tainted slot is not used again
// until a session on C has seen that process gone: every worker checks the tainted slots of C
// whenever it opens a session there. Only when nobody holds a slot of C (so nobody can look)
// is a tainted slot taken after a grace period, and its process ended if it is still there.
#include <chrono>
#include <map>
#include <mutex>

#include "fleet/connections.h"
#include "fleet/control_link.h"
#include "fleet/control_tables.h"

namespace pgfleet {

class ControlSlots : public SessionGate {
public:
    ControlSlots(ControlLink& link, ControlTables tables, std::string worker)
        : link_(link), tables_(std::move(tables)), worker_(std::move(worker)) {}
    int acquire(const std::string& cluster, int budget, const std::string& database) override;
    void opened(const std::string& cluster, int slot, Session& session) override;
    void release(const std::string& cluster, int slot) override;

    // How long a tainted slot of a cluster where nobody holds a slot is left alone: a server
    // notices a vanished client within client_connection_check_interval (1 s, set by
    // pgfleet on 14 and later) or at once when the session was idle.
    void set_taint_grace(std::chrono::milliseconds grace) { grace_ = grace; }

    // Who a tainted slot's row names: its holder and, when its session had opened, the
    // server process (pid and start time) and database.
    struct Taint {
        std::string holder, pid, start, database;
        bool operator==(const Taint&) const = default;
    };

private:
    using SlotKey = std::pair<std::string, int>;
    // One try: a free slot, clean ones first; -1 when none may be taken now.
    int try_acquire(const std::string& cluster, int budget, const std::string& database);
    // Clears the taint of slots nobody holds whose process `session` sees gone.
    void clear_taints(const std::string& cluster, Session& session);
    // Before work on a tainted slot taken after the grace: its process must be gone.
    void end_left_process(const std::string& cluster, const Taint& taint, Session& session);

    ControlLink& link_;
    ControlTables tables_;
    std::string worker_;
    std::chrono::milliseconds grace_{3000};
    std::mutex mutex_;
    // When this worker first saw each taint, to time the grace.
    std::map<SlotKey, std::pair<Taint, std::chrono::steady_clock::time_point>> seen_;
    // Tainted slots this worker took, until their session has opened.
    std::map<SlotKey, Taint> taken_tainted_;
};

// SQL fragment: true when someone (this session included) holds the two-key advisory lock
// (key1, <key2 expression>) on the control database.
std::string advisory_lock_held_sql(int key1, const std::string& key2);

}  // namespace pgfleet
