#include "fleet/fleet_workers.h"

#include <cstdlib>
#include <unistd.h>

#include "fleet/run_layout.h"
#include "fleet/wave_runner.h"

namespace pgfleet {

FleetWorkers::FleetWorkers(FleetConnections& connections, const FleetConfig& config, const std::string& worker)
    : connections_(connections), tables_(control_tables(config.journal.table)) {
    link_ = std::make_unique<ControlLink>(connections.open_control());
    link_->with([&](Session& s) { ensure_control_tables(s, tables_); });
    slots_ = std::make_unique<ControlSlots>(*link_, tables_, worker);
    connections_.set_gate(slots_.get());
}

FleetWorkers::~FleetWorkers() { connections_.set_gate(nullptr); }

ApplyReport FleetWorkers::apply(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& tenants,
                                const WorkerIdentity& me, const FleetApplyOptions& options) {
    RunLayout layout = make_run_layout(plan, tenants, run.config);
    WorkerIdentity who = me;
    if (who.run_id.empty()) who.run_id = derived_run_id(layout);
    auto coordinator = join_control_run(*link_, tables_, layout, who, options.restart);
    ApplyReport report = run_waves(run, layout, *coordinator, options);
    report.coordinated = true;
    return report;
}

std::string default_worker_name() {
    if (const char* w = std::getenv("PGFLEET_WORKER"); w && *w) return w;
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    return std::string(host) + ":" + std::to_string(getpid());
}

}  // namespace pgfleet
