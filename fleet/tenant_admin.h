#pragma once
// Onboarding and offboarding one tenant: database, role, grants, schema, verification,
// registration.
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "fleet/fleet_run.h"

namespace pgfleet {

// The database (or owner role) name for a tenant: the onboarding template with {name}
// replaced. Throws std::runtime_error for names outside [A-Za-z0-9_-].
std::string onboarding_name(const std::string& pattern, const std::string& tenant_name);

struct TenantCreated {
    TenantRef tenant;
    std::string owner;
    bool role_created = false;
    size_t statements = 0;  // schema statements applied
    std::string fingerprint;
    bool registered = false;
};

// Creates the role (when configured and missing) and the database (owner, encoding,
// CONNECT only for the owner and connect_grants), applies the desired schema, checks the
// fingerprint and registers the tenant on the control database (when configured). Works as a
// role that is not a superuser (CREATEDB CREATEROLE): it becomes a member of the owner role.
// When a step fails, the database and role it made are removed again and std::runtime_error
// says what failed.
TenantCreated create_tenant(FleetRun& run, const std::string& cluster, const std::string& name,
                            const Catalog& desired);

struct TenantDropped {
    TenantRef tenant;
    bool role_dropped = false;
    bool unregistered = false;
    std::vector<std::string> warnings;
};

// Drops the tenant's database, its role when onboarding creates roles (a role still in
// use elsewhere is kept, with a warning), and unregisters it.
TenantDropped drop_tenant(FleetRun& run, const std::string& cluster, const std::string& name);

}  // namespace pgfleet
