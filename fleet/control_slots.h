#pragma once
// A cluster's session budget held across every worker: slot i of cluster C is the advisory
// lock (slot_key(C), i) on the control database, taken before a session to C opens and
// released after it has closed. Slots are per cluster, not per run, so concurrent runs share
// the budget too.
//
// A worker that dies loses its locks at once, but a session it had open on C may still run
// until the server notices the client is gone. So each slot's row in T_slots names the server
// process holding it; a slot freed with its row still set is tainted: it is taken last, and
// whoever next has a session on C checks whether that process is gone (and ends it when it
// took that very slot). The budget then holds through a worker's death too.
#include <atomic>
#include <map>

#include "fleet/connections.h"
#include "fleet/control_link.h"
#include "fleet/control_tables.h"

namespace pgfleet {

class ControlSlots : public SessionGate {
public:
    ControlSlots(ControlLink& link, ControlTables tables, std::string worker)
        : link_(link), tables_(std::move(tables)), worker_(std::move(worker)) {}
    int acquire(const std::string& cluster, int budget) override;
    void opened(const std::string& cluster, int slot, Session& session) override;
    void release(const std::string& cluster, int slot) override;

    // A tainted slot is taken anyway after this long without a clean one (seconds).
    void set_taint_patience(double seconds) { patience_ = seconds; }

private:
    // One try: a free slot, clean ones first; -1 when none may be taken now.
    int try_acquire(const std::string& cluster, int budget, bool take_tainted);
    // Clears the taint of slots whose process is gone; ends the process of `own` slot.
    void clear_taints(const std::string& cluster, int own, Session& session);

    ControlLink& link_;
    ControlTables tables_;
    std::string worker_;
    double patience_ = 5;
};

// SQL fragment: true when someone (this session included) holds the two-key advisory lock
// (key1, <key2 expression>) on the control database.
std::string advisory_lock_held_sql(int key1, const std::string& key2);

}  // namespace pgfleet
