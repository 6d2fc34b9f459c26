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

// One session held within a cluster's budget; closing it frees the slot.
class Lease {
public:
    Lease(const Connector* connector, SessionSlots* slots, std::string database, WakeResult opened);
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

private:
    struct Cluster;
    Cluster& prepared(const std::string& name);
    void first_contact(const std::string& name, Cluster& cluster);

    const FleetConfig& config_;
    LogFn log_;
    mutable std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Cluster>> clusters_;
    std::unique_ptr<Connector> control_;
};

}  // namespace pgfleet
