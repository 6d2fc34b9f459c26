// pgfleet fleet plan|apply|drift|snapshot: the same work across every tenant database.
#include "cli/commands.h"

namespace pgfleet {

void register_fleet(CLI::App& app, int& exit_code) {
    auto* fleet = app.add_subcommand("fleet", "Plan, apply, check drift and snapshot across tenant databases");
    fleet->require_subcommand(1);
    add_fleet_plan(*fleet, exit_code);
    add_fleet_apply(*fleet, exit_code);
    add_fleet_drift(*fleet, exit_code);
    add_fleet_snapshot(*fleet, exit_code);
}

}  // namespace pgfleet
