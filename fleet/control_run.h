#pragma once
// A run shared by any number of workers through the control database. The first worker to
// arrive registers it (the run row and a row per tenant with its wave); the others join it,
// after checking they hold the same plan and layout. Claims, one-at-a-time waves and the
// journal then go through the worker's control session.
#include <memory>
#include <set>
#include <stdexcept>
#include <string>

#include "fleet/control_link.h"
#include "fleet/control_tables.h"
#include "fleet/run_coordinator.h"

namespace pgfleet {

// Who this worker is within the run.
struct WorkerIdentity {
    std::string run_id;
    std::string name;                  // in the journal: which worker did what
    int shard_index = 1, shard_count = 1;  // 1-based; the worker takes its shard's tenants first
    std::set<std::string> clusters;    // the clusters it can reach: it claims only their tenants
};

// The run cannot be joined: stopped earlier, or registered with another plan or layout.
struct RunRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Registers or joins the run. `restart` (ignore earlier runs' journal) counts only when
// this worker registers it. Throws RunRefused, SqlError, CoordinationLost.
std::unique_ptr<RunCoordinator> join_control_run(ControlLink& link, const ControlTables& tables, const RunLayout& layout,
                                                 const WorkerIdentity& me, bool restart);

}  // namespace pgfleet
