#include "fleet/tenant_admin.h"

#include <regex>

#include "catalog/fingerprint.h"
#include "catalog/sql_name.h"
#include "fleet/apply.h"
#include "fleet/tenant_read.h"
#include "planner/planner.h"

namespace pgfleet {
namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Runs a configured register/unregister statement; placeholders become SQL literals.
void run_registry_sql(FleetRun& run, std::string sql, const TenantRef& t, const std::string& name,
                      const std::string& fingerprint) {
    sql = replace_all(sql, "{database}", sql_literal(t.database));
    sql = replace_all(sql, "{cluster}", sql_literal(t.cluster));
    sql = replace_all(sql, "{name}", sql_literal(name));
    sql = replace_all(sql, "{fingerprint}", sql_literal(fingerprint));
    auto s = run.connections.open_control();
    s->execute(sql);
}

bool role_exists(Session& s, const std::string& role) {
    return !s.query("SELECT 1 FROM pg_roles WHERE rolname = " + sql_literal(role)).empty();
}

}  // namespace

std::string onboarding_name(const std::string& pattern, const std::string& tenant_name) {
    static const std::regex valid("[A-Za-z0-9_-]{1,40}");
    if (!std::regex_match(tenant_name, valid))
        throw std::runtime_error("tenant name '" + tenant_name + "': use 1-40 letters, digits, '_' or '-'");
    return replace_all(pattern, "{name}", tenant_name);
}

TenantCreated create_tenant(FleetRun& run, const std::string& cluster, const std::string& name, const Catalog& desired) {
    const OnboardingConfig& o = run.config.onboarding;
    TenantCreated out;
    out.tenant = {cluster, onboarding_name(o.database, name)};
    out.owner = onboarding_name(o.owner, name);
    const std::string db = sql_ident(out.tenant.database);
    {
        Lease lease = run.connections.open_cluster(cluster);
        Session& s = lease.session();
        if (!s.query("SELECT 1 FROM pg_database WHERE datname = " + sql_literal(out.tenant.database)).empty())
            throw std::runtime_error("database " + out.tenant.database + " already exists on cluster " + cluster);
        if (!role_exists(s, out.owner)) {
            if (!o.create_role)
                throw std::runtime_error("role " + out.owner + " does not exist (onboarding.create_role is false)");
            s.execute("CREATE ROLE " + sql_ident(out.owner) + " NOLOGIN");
            out.role_created = true;
        }
        s.execute("CREATE DATABASE " + db + " OWNER " + sql_ident(out.owner) + " ENCODING " + sql_literal(o.encoding) +
                  " TEMPLATE " + sql_ident(o.template_database));
        // Tenants are isolated: only the owner and the listed roles may connect.
        s.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + db + " FROM PUBLIC");
        s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + sql_ident(out.owner));
        for (const auto& role : o.connect_grants) s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + sql_ident(role));
    }
    std::string done = "database " + out.tenant.database + " was created; ";
    Lease lease = run.connections.open(out.tenant);
    Session& s = lease.session();
    TenantRead before = read_tenant(s, out.tenant.key(), run.cache);
    Plan plan = make_plan(before.snapshot.catalog, desired);
    ApplyResult applied = apply_plan(s, plan);
    if (!applied.ok)
        throw std::runtime_error(done + "applying the schema failed at `" + applied.failed_sql + "`: " + applied.error +
                                 "; drop it with `pgfleet tenant drop " + name + " --confirm`");
    out.statements = applied.applied;
    TenantRead after = read_tenant(s, out.tenant.key(), run.cache);
    std::string want = fingerprint(desired, after.snapshot.server_version_major);
    if (after.fingerprint != want)
        throw std::runtime_error(done + "but after applying the schema its fingerprint is " +
                                 short_fingerprint(after.fingerprint) + ", not the desired " + short_fingerprint(want));
    out.fingerprint = after.fingerprint;
    lease.session().close_and_wait();
    if (!o.register_sql.empty()) {
        run_registry_sql(run, o.register_sql, out.tenant, name, out.fingerprint);
        out.registered = true;
    }
    return out;
}

TenantDropped drop_tenant(FleetRun& run, const std::string& cluster, const std::string& name) {
    const OnboardingConfig& o = run.config.onboarding;
    TenantDropped out;
    out.tenant = {cluster, onboarding_name(o.database, name)};
    std::string owner = onboarding_name(o.owner, name);
    {
        Lease lease = run.connections.open_cluster(cluster);
        Session& s = lease.session();
        if (s.query("SELECT 1 FROM pg_database WHERE datname = " + sql_literal(out.tenant.database)).empty())
            throw std::runtime_error("database " + out.tenant.database + " does not exist on cluster " + cluster);
        s.execute("DROP DATABASE " + sql_ident(out.tenant.database));
        if (o.create_role && role_exists(s, owner)) {
            try {
                s.execute("DROP ROLE " + sql_ident(owner));
                out.role_dropped = true;
            } catch (const SqlError& e) {
                out.warnings.push_back("role " + owner + " was kept: " + e.what());
            }
        }
    }
    if (!o.unregister_sql.empty()) {
        run_registry_sql(run, o.unregister_sql, out.tenant, name, "");
        out.unregistered = true;
    }
    return out;
}

}  // namespace pgfleet
