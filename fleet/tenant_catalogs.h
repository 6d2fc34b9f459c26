#pragma once
// Reading a fleet's catalogs: live (within the budget) or from a snapshot directory
// (DIR/<cluster>/<database>.json, no connection at all), and writing such a directory.
#include <string>
#include <vector>

#include "fleet/fleet_planner.h"
#include "fleet/fleet_run.h"

namespace pgfleet {

// Reads every tenant, in parallel within the budget: in full, or, when its catalog marker
// has not moved since a full read (the fingerprint cache), only its relation sizes; one
// tenant of each group is read in full for the group's catalog. `full`: every tenant in full.
FleetCatalogs read_fleet_catalogs(FleetRun& run, const std::vector<TenantRef>& tenants, bool full = false);

// The snapshot file of a tenant under `dir` ('/' and '%' in names are %-escaped).
std::string tenant_snapshot_path(const std::string& dir, const TenantRef& tenant);

// The tenants that have a snapshot under `dir`, sorted.
std::vector<TenantRef> tenants_in_snapshot_dir(const std::string& dir);

// Reads the snapshots of these tenants; a missing or malformed file makes the tenant unreadable.
FleetCatalogs read_snapshot_catalogs(const std::string& dir, const std::vector<TenantRef>& tenants);

struct SnapshotResult {
    TenantRef tenant;
    bool ok = false;
    std::string fingerprint, error;
};

// Writes one snapshot per tenant under `dir`; returns one result per tenant, sorted.
std::vector<SnapshotResult> write_fleet_snapshots(FleetRun& run, const std::vector<TenantRef>& tenants,
                                                  const std::string& dir);

}  // namespace pgfleet
