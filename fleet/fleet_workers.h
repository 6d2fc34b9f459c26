#pragma once
// fleet apply as one of several workers: the run lives on the control database. Set up
// before anything connects to a cluster, so that every session, planning included, holds
// one of the cluster's slots shared by all workers.
#include <memory>

#include "fleet/control_run.h"
#include "fleet/control_slots.h"
#include "fleet/fleet_apply.h"

namespace pgfleet {

class FleetWorkers {
public:
    // Opens the worker's control session, creates the control tables when missing and puts
    // the shared slots in front of every cluster session of `connections`.
    FleetWorkers(FleetConnections& connections, const FleetConfig& config, const std::string& worker);
    ~FleetWorkers();

    // Registers or joins the run and does this worker's part of it. Throws RunRefused when
    // the run cannot be joined.
    ApplyReport apply(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& tenants,
                      const WorkerIdentity& me, const FleetApplyOptions& options);

    const ControlTables& tables() const { return tables_; }

private:
    FleetConnections& connections_;
    ControlTables tables_;
    std::unique_ptr<ControlLink> link_;
    std::unique_ptr<ControlSlots> slots_;
};

// This process's name in the journal: PGFLEET_WORKER, else host name and process id.
std::string default_worker_name();

}  // namespace pgfleet
