#include "fleet/tenant_admin.h"

#include <regex>

#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
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

// A role that is not a superuser may give a database to a role it is a member of (before 16)
// or may SET ROLE to (16 on); CREATEROLE alone is not enough. The membership stays: it is what
// lets the same role drop the database later.
void make_owner_usable(Session& s, const std::string& owner) {
    std::string check = s.server_version().expand("SELECT pg_has_role(current_user, " + sql_literal(owner) +
                                                  ", {{role_privilege_to_give_ownership}})");
    if (s.query_value(check) != "t") s.execute("GRANT " + sql_ident(owner) + " TO CURRENT_USER");
}

// What create_tenant made on the cluster, undone in reverse when a later step fails.
struct Onboarding {
    FleetRun& run;
    std::string cluster, database, role;
    bool database_created = false, role_created = false;

    void undo() noexcept {
        try {
            Lease lease = run.connections.open_cluster(cluster);
            if (database_created) lease.session().execute("DROP DATABASE IF EXISTS " + sql_ident(database) + " WITH (FORCE)");
            if (role_created) lease.session().execute("DROP ROLE IF EXISTS " + sql_ident(role));
        } catch (const std::exception& e) {
            run.connections.note("could not remove what tenant create made (" + std::string(e.what()) + ")");
        }
    }
};

// Role, database and its grants, on the cluster's own database.
void create_database(Onboarding& made, const OnboardingConfig& o) {
    const std::string db = sql_ident(made.database);
    Lease lease = made.run.connections.open_cluster(made.cluster);
    Session& s = lease.session();
    if (!s.query("SELECT 1 FROM pg_database WHERE datname = " + sql_literal(made.database)).empty())
        throw std::runtime_error("database " + made.database + " already exists on cluster " + made.cluster);
    if (!role_exists(s, made.role)) {
        if (!o.create_role)
            throw std::runtime_error("role " + made.role + " does not exist (onboarding.create_role is false)");
        s.execute("CREATE ROLE " + sql_ident(made.role) + " NOLOGIN");
        made.role_created = true;
    }
    make_owner_usable(s, made.role);
    s.execute("CREATE DATABASE " + db + " OWNER " + sql_ident(made.role) + " ENCODING " + sql_literal(o.encoding) +
              " TEMPLATE " + sql_ident(o.template_database));
    made.database_created = true;
    // Tenants are isolated: only the owner and the listed roles may connect.
    s.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + db + " FROM PUBLIC");
    s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + sql_ident(made.role));
    for (const auto& role : o.connect_grants) s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + sql_ident(role));
}

// Applies the desired schema to the new database and checks its fingerprint.
void apply_schema(FleetRun& run, TenantCreated& out, const Catalog& desired) {
    Lease lease = run.connections.open(out.tenant);
    Session& s = lease.session();
    TenantRead before = read_tenant(s, out.tenant.key(), run.cache);
    Plan plan = plan_from(before.snapshot, desired);
    ApplyResult applied = apply_plan(s, plan);
    if (!applied.ok)
        throw std::runtime_error("applying the schema failed at `" + applied.failed_sql + "`: " + applied.error);
    out.statements = applied.applied;
    TenantRead after = read_tenant(s, out.tenant.key(), run.cache);
    Catalog fitted = desired;
    fit_to_server(fitted, after.snapshot.server_version_major);
    std::string want = fingerprint(fitted, after.snapshot.server_version_major);
    if (after.fingerprint != want)
        throw std::runtime_error("after applying the schema its fingerprint is " + short_fingerprint(after.fingerprint) +
                                 ", not the desired " + short_fingerprint(want));
    out.fingerprint = after.fingerprint;
    lease.session().close_and_wait();
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
    Onboarding made{run, cluster, out.tenant.database, out.owner};
    try {
        create_database(made, o);
        apply_schema(run, out, desired);
        if (!o.register_sql.empty()) {
            run_registry_sql(run, o.register_sql, out.tenant, name, out.fingerprint);
            out.registered = true;
        }
    } catch (const std::exception& e) {
        made.undo();
        std::string removed = made.database_created && made.role_created ? "; the database and role it made were removed"
                              : made.database_created                    ? "; the database it made was removed"
                              : made.role_created                        ? "; the role it made was removed"
                                                                         : "";
        throw std::runtime_error("tenant " + name + " was not created: " + e.what() + removed);
    }
    out.role_created = made.role_created;
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
