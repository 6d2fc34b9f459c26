#include "fleet/connections.h"

#include <cstdio>
#include <exception>
#include <stdexcept>

namespace pgfleet {

struct FleetConnections::Cluster {
    Connector connector;
    SessionSlots slots;
    ClusterStatus status;
    std::once_flag contacted;
    bool ready = false;
    // Why the first contact failed: later callers fail at once instead of waiting through
    // the wake window again, one tenant after another.
    std::exception_ptr failure;
};

GateSlot::GateSlot(SessionGate* gate, std::string cluster, int budget, const std::string& database)
    : gate_(gate), cluster_(std::move(cluster)) {
    if (gate_) slot_ = gate_->acquire(cluster_, budget, database);
}

GateSlot::GateSlot(GateSlot&& other) noexcept
    : gate_(std::exchange(other.gate_, nullptr)), cluster_(std::move(other.cluster_)), slot_(other.slot_) {}

void GateSlot::opened(Session& session) {
    if (!gate_) return;
    try {
        gate_->opened(cluster_, slot_, session);
    } catch (...) {
        session.close_and_wait();
        throw;
    }
}

void GateSlot::release() {
    SessionGate* gate = std::exchange(gate_, nullptr);
    try {
        if (gate && slot_ >= 0) gate->release(cluster_, slot_);
    } catch (const std::exception&) {
        // The gate's session is gone, and its locks with it: the slot is free anyway.
    }
}

Lease::Lease(const Connector* connector, SessionSlots* slots, GateSlot gate_slot, std::string database,
             WakeResult opened)
    : connector_(connector),
      slots_(slots),
      gate_slot_(std::move(gate_slot)),
      database_(std::move(database)),
      session_(std::move(opened.session)),
      waited_(opened.waited_seconds) {}

Lease::Lease(Lease&& other) noexcept
    : connector_(other.connector_),
      slots_(std::exchange(other.slots_, nullptr)),
      gate_slot_(std::move(other.gate_slot_)),
      database_(std::move(other.database_)),
      session_(std::move(other.session_)),
      waited_(other.waited_) {}

Lease::~Lease() {
    if (session_) session_->close_and_wait();
    gate_slot_.release();
    if (slots_) slots_->release();
}

void Lease::reconnect() {
    if (session_) session_->close_and_wait();
    session_.reset();
    session_ = connector_->connect(database_).session;
    gate_slot_.opened(*session_);
}

FleetConnections::FleetConnections(const FleetConfig& config, LogFn log) : config_(config), log_(std::move(log)) {
    for (const auto& c : config.clusters) {
        auto cluster = std::unique_ptr<Cluster>(
            new Cluster{Connector({c.name, c.url, c.password_env, c.password_command}, config), SessionSlots(1), {}, {}, false});
        cluster->status.name = c.name;
        clusters_[c.name] = std::move(cluster);
    }
    if (!config.tenants.control.empty())
        control_ = std::make_unique<Connector>(
            ServerAddress{"control", config.tenants.control, config.tenants.password_env, config.tenants.password_command},
            config);
}

FleetConnections::~FleetConnections() = default;

FleetConnections::Cluster& FleetConnections::prepared(const std::string& name) {
    auto it = clusters_.find(name);
    if (it == clusters_.end()) throw std::runtime_error("unknown cluster '" + name + "'");
    Cluster& c = *it->second;
    // The first contact wakes the server; every other thread waits for it instead of
    // knocking on a paused cluster in parallel.
    std::call_once(c.contacted, [&] {
        try {
            first_contact(name, c);
        } catch (...) {
            c.failure = std::current_exception();
        }
    });
    if (c.failure) std::rethrow_exception(c.failure);
    return c;
}

void FleetConnections::first_contact(const std::string& name, Cluster& c) {
    if (c.connector.looks_like_rds_proxy())
        log_("warning: cluster " + name + " connects through an RDS Proxy endpoint (" + c.connector.host() +
             "): DDL pins proxy sessions and the proxy keeps the cluster awake; connect to the cluster endpoint");
    // Workers starting together measure one at a time: the budget is not known yet.
    GateSlot slot(gate_, name, 1, "");
    WakeResult opened = c.connector.connect();
    slot.opened(*opened.session);
    c.status.wake_seconds = opened.waited_seconds;
    c.status.attempts = opened.attempts;
    if (opened.attempts > 1) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", opened.waited_seconds);
        log_("cluster " + name + ": the server was not accepting connections; it accepted after " + seconds +
             " s (" + std::to_string(opened.attempts) + " attempts)");
    }
    c.status.load = read_server_load(*opened.session);
    opened.session->close_and_wait();
    slot.release();
    c.status.budget = connection_budget(config_.connections, c.status.load);
    c.slots.set_capacity(c.status.budget);
    std::lock_guard lock(mutex_);
    c.ready = true;
}

Lease FleetConnections::open_cluster(const std::string& cluster) {
    Cluster& c = prepared(cluster);
    c.slots.acquire();
    try {
        GateSlot slot(gate_, cluster, c.status.budget, "");
        WakeResult opened = c.connector.connect();
        slot.opened(*opened.session);
        return Lease(&c.connector, &c.slots, std::move(slot), "", std::move(opened));
    } catch (...) {
        c.slots.release();
        throw;
    }
}

Lease FleetConnections::open(const TenantRef& tenant) {
    Cluster& c = prepared(tenant.cluster);
    c.slots.acquire();
    try {
        GateSlot slot(gate_, tenant.cluster, c.status.budget, tenant.database);
        WakeResult opened = c.connector.connect(tenant.database);
        slot.opened(*opened.session);
        return Lease(&c.connector, &c.slots, std::move(slot), tenant.database, std::move(opened));
    } catch (...) {
        c.slots.release();
        throw;
    }
}

std::unique_ptr<Session> FleetConnections::open_control() {
    if (!control_) throw std::runtime_error("no control database configured (tenants.control)");
    return control_->connect().session;
}

ClusterStatus FleetConnections::status(const std::string& cluster) { return prepared(cluster).status; }

std::vector<ClusterStatus> FleetConnections::contacted() const {
    std::lock_guard lock(mutex_);
    std::vector<ClusterStatus> out;
    for (const auto& [name, c] : clusters_)
        if (c->ready) out.push_back(c->status);
    return out;
}

int FleetConnections::peak_sessions(const std::string& cluster) const {
    auto it = clusters_.find(cluster);
    return it == clusters_.end() ? 0 : it->second->slots.peak();
}

int FleetConnections::workers_for(const std::vector<TenantRef>& tenants) {
    std::map<std::string, int> budgets;
    for (const auto& t : tenants) {
        if (budgets.count(t.cluster)) continue;
        try {
            budgets[t.cluster] = prepared(t.cluster).status.budget;
        } catch (const std::exception&) {
            budgets[t.cluster] = 1;  // unreachable: its tenants fail fast, each as a value
        }
    }
    int total = 0;
    for (const auto& [name, b] : budgets) total += b;
    return std::max(1, std::min<int>(total, static_cast<int>(tenants.size())));
}

}  // namespace pgfleet
