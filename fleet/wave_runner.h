#pragma once
// A worker's part of a run: wave after wave, claim tenants and apply them within the budget;
// when nothing is left to claim, wait until every worker has finished the wave, then check
// its health before the next one starts.
#include "fleet/fleet_apply.h"
#include "fleet/run_coordinator.h"
#include "fleet/run_layout.h"

namespace pgfleet {

// Never throws for a tenant's failure. When the worker gives up (it waited longer than
// coordination.wait for other workers' tenants, or lost the control database) the report
// says why in worker_error.
ApplyReport run_waves(FleetRun& run, const RunLayout& layout, RunCoordinator& coordinator,
                      const FleetApplyOptions& options);

// Nearest-rank percentile (0 < p <= 1) of `values`; -1 when empty.
double percentile(std::vector<double> values, double p);

}  // namespace pgfleet
