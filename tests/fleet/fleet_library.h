#pragma once
// Running fleet work in-process: a configuration, its connections and cache, and the
// desired state, for tests that need to look inside (reports, journals, timing).
#include <memory>
#include <string>

#include "fleet/fleet_apply.h"
#include "fleet/fleet_planner.h"
#include "fleet/inventory.h"
#include "fleet/tenant_catalogs.h"
#include "parser/schema_loader.h"

namespace pgfleet::testing {

struct InProcessFleet {
    FleetConfig config;
    std::unique_ptr<FleetConnections> connections;
    std::unique_ptr<FingerprintCache> cache;
    std::unique_ptr<FleetRun> run;
    std::vector<std::string> log;

    InProcessFleet(const std::string& yaml, const std::string& path)
        : config(parse_fleet_config(yaml, path)),
          connections(std::make_unique<FleetConnections>(config, [this](const std::string& l) { log.push_back(l); })),
          cache(std::make_unique<FingerprintCache>("")),
          run(std::make_unique<FleetRun>(FleetRun{config, *connections, *cache, false, true})) {}

    std::vector<TenantRef> tenants() { return discover_tenants(config, *connections); }

    // Reads every tenant and plans towards the desired SQL.
    FleetPlan plan(const std::string& desired_sql) {
        ParserState desired = load_desired_state_text(desired_sql, "desired.sql");
        DesiredFingerprints fps(desired.catalog);
        return build_fleet_plan(read_fleet_catalogs(*run, tenants()), fps);
    }
};

}  // namespace pgfleet::testing
