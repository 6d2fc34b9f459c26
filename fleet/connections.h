#pragma once
// Sessions to every cluster of a fleet: connect, work, disconnect, never more at once than
// a cluster's budget, and no pool held open. The first contact with a cluster wakes it if
// it is paused and measures its budget.
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "fleet/budget.h"
#include "fleet/connector.h"
#include "fleet/tenant.h"

namespace pgfleet {

// What the first contact with a cluster found.
struct ClusterStatus {
    std::string name;
    int budget = 1;
    ServerLoad load;
    double wake_seconds = 0;  // waiting for the server to accept connections
    int attempts = 1;
};

// Session slots shared with other processes (the workers of a run): a cluster's budget held
// across all of them, not per process.
class SessionGate {
public:
    virtual ~SessionGate() = default;
    // Blocks until one of the cluster's slots [0, budget) is free, takes it and returns it.
    // `database` is the one the session will open ("" for the cluster's own).
    virtual int acquire(const std::string& cluster, int budget, const std::string& database) = 0;
    // The session opened on the slot (before any work on it).
    virtual void opened(const std::string& cluster, int slot, Session& session) = 0;
    // After the session has closed.
    virtual void release(const std::string& cluster, int slot) = 0;
};

// A slot of the gate (when there is one), held until released or destroyed.
class GateSlot {
public:
    GateSlot() = default;
    GateSlot(SessionGate* gate, std::string cluster, int budget, const std::string& database);
    GateSlot(GateSlot&& other) noexcept;
    GateSlot& operator=(GateSlot&&) = delete;
    ~GateSlot() { release(); }
    // Tells the gate which session holds the slot; on failure the session is closed.
    void opened(Session& session);
    void release();

private:
    SessionGate* gate_ = nullptr;
    std::string cluster_;
    int slot_ = -1;
};

// One session held within a cluster's budget; closing it frees the slot.
class Lease {
public:
    Lease(const Connector* connector, SessionSlots* slots, GateSlot gate_slot, std::string database, WakeResult opened);
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();

    Session& session() { return *session_; }
    // Drops the session and connects again on the same slot (after a broken session).
    void reconnect();
    double waited_seconds() const { return waited_; }

private:
    const Connector* connector_;
    SessionSlots* slots_;
    GateSlot gate_slot_;  // released after the session has closed, before the local slot
    std::string database_;
    std::unique_ptr<Session> session_;
    double waited_ = 0;
};

using LogFn = std::function<void(const std::string&)>;

class FleetConnections {
public:
    // `log` receives warnings and wake-up reports (one line each).
    FleetConnections(const FleetConfig& config, LogFn log);
    ~FleetConnections();

    // A session on the cluster's own database (discovery, onboarding), within the budget.
    Lease open_cluster(const std::string& cluster);
    // A session on a tenant database; blocks until the cluster has a free slot.
    Lease open(const TenantRef& tenant);
    // A short session on the control database (tenants.control), outside cluster budgets.
    std::unique_ptr<Session> open_control();

    // The first contact's findings for a cluster (contacting it if not done yet).
    ClusterStatus status(const std::string& cluster);
    // Clusters contacted so far, by name.
    std::vector<ClusterStatus> contacted() const;
    // Highest number of sessions held at once on a cluster during this run.
    int peak_sessions(const std::string& cluster) const;
    // Threads worth running for these tenants: the sum of their clusters' budgets.
    int workers_for(const std::vector<TenantRef>& tenants);
    // A one-line note for the user (the same channel as warnings and wake-up reports).
    void note(const std::string& line) const {
        if (log_) log_(line);
    }
    // From now on every cluster session also holds a slot of `gate` (which must outlive
    // them): the budget then holds across processes. The first contact takes slot 0.
    void set_gate(SessionGate* gate) { gate_ = gate; }

private:
    struct Cluster;
    Cluster& prepared(const std::string& name);
    void first_contact(const std::string& name, Cluster& cluster);

    const FleetConfig& config_;
    LogFn log_;
    mutable std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Cluster>> clusters_;
    std::unique_ptr<Connector> control_;
    SessionGate* gate_ = nullptr;
};

}  // namespace pgfleet
