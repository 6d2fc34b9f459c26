// pgfleet fleet snapshot -o DIR: one catalog snapshot per tenant, for offline planning in CI.
#include <iostream>

#include "catalog/fingerprint.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "fleet/tenant_catalogs.h"

namespace pgfleet {

void add_fleet_snapshot(CLI::App& fleet, int& exit_code) {
    auto* cmd = fleet.add_subcommand("snapshot", "Write a catalog snapshot per tenant into a directory");
    auto options = std::make_shared<FleetOptions>();
    auto dir = std::make_shared<std::string>();
    add_fleet_options(cmd, *options);
    cmd->add_option("-o,--output", *dir, "Directory to write DIR/<cluster>/<database>.json into")->required();
    cmd->callback([options, dir, &exit_code] {
        FleetContext ctx(*options);
        auto results = write_fleet_snapshots(ctx.run(), ctx.selected_tenants(), *dir);
        ctx.save_cache();
        size_t failed = 0;
        for (const auto& r : results) {
            if (r.ok) continue;
            ++failed;
            std::cout << "could not snapshot " << r.tenant.key() << ": " << r.error << "\n";
        }
        std::cout << "wrote " << results.size() - failed << " snapshot" << (results.size() - failed == 1 ? "" : "s")
                  << " to " << *dir << (failed ? ", " + std::to_string(failed) + " failed" : "") << "\n";
        exit_code = failed ? exit_code::kError : exit_code::kOk;
    });
}

}  // namespace pgfleet
