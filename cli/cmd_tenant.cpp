// pgfleet tenant create|drop|list: onboarding and offboarding single tenants.
#include <iostream>

#include <nlohmann/json.hpp>

#include "catalog/fingerprint.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fleet_options.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "fleet/tenant_admin.h"

namespace pgfleet {
namespace {

struct TenantArgs {
    FleetOptions fleet;
    std::string name, cluster;
    bool confirm = false;
};

std::string cluster_for(const FleetConfig& config, const std::string& requested) {
    if (!requested.empty()) {
        if (!config.find_cluster(requested)) throw std::runtime_error("unknown cluster '" + requested + "'");
        return requested;
    }
    if (config.clusters.size() != 1) throw std::runtime_error("several clusters are configured: choose one with --cluster");
    return config.clusters.front().name;
}

void add_target_options(CLI::App* cmd, TenantArgs& a) {
    cmd->add_option("--config", a.fleet.config_path, "Fleet configuration (pgfleet.yaml)")->required();
    cmd->add_option("name", a.name, "Tenant name (onboarding.database turns it into the database name)")->required();
    cmd->add_option("--cluster", a.cluster, "Cluster (needed when several are configured)");
    cmd->add_option("--schema", a.fleet.schema, "Desired-state directory instead of the configuration's");
}

}  // namespace

void register_tenant(CLI::App& app, int& exit_code) {
    auto* tenant = app.add_subcommand("tenant", "Create, drop or list tenant databases");
    tenant->require_subcommand(1);

    auto* create = tenant->add_subcommand("create", "Create a tenant database, its role and grants, and apply the schema");
    auto c = std::make_shared<TenantArgs>();
    add_target_options(create, *c);
    create->callback([c, &exit_code] {
        FleetContext ctx(c->fleet);
        ParserState desired = load_desired_or_report(ctx.config().schema);
        TenantCreated t = create_tenant(ctx.run(), cluster_for(ctx.config(), c->cluster), c->name, desired.catalog);
        ctx.save_cache();
        // The journal then knows the fingerprint as planned: drift tells "behind" from "diverged".
        try {
            ctx.open_journal()->record({t.tenant, t.fingerprint, TenantState::Applied, "tenant create", ""});
        } catch (const std::exception& e) {
            std::cerr << "pgfleet: warning: journal: " << e.what() << "\n";
        }
        std::cout << "created " << t.tenant.key() << " (owner " << t.owner << (t.role_created ? ", new role" : "")
                  << "): " << t.statements << " schema statements, fingerprint " << short_fingerprint(t.fingerprint)
                  << " matches the desired schema" << (t.registered ? "; registered" : "") << "\n";
        exit_code = exit_code::kOk;
    });

    auto* drop = tenant->add_subcommand("drop", "Drop a tenant database (and its role); needs --confirm");
    auto d = std::make_shared<TenantArgs>();
    add_target_options(drop, *d);
    drop->add_flag("--confirm", d->confirm, "Really drop the database and everything in it");
    drop->callback([d, &exit_code] {
        if (!d->confirm) {
            std::cerr << "pgfleet: tenant drop removes the database and all its data; add --confirm to do it\n";
            exit_code = exit_code::kRefused;
            return;
        }
        FleetContext ctx(d->fleet);
        TenantDropped t = drop_tenant(ctx.run(), cluster_for(ctx.config(), d->cluster), d->name);
        for (const auto& w : t.warnings) std::cerr << "pgfleet: warning: " << w << "\n";
        std::cout << "dropped " << t.tenant.key() << (t.role_dropped ? " and its role" : "")
                  << (t.unregistered ? "; unregistered" : "") << "\n";
        exit_code = exit_code::kOk;
    });

    auto* list = tenant->add_subcommand("list", "List the tenants the configuration finds");
    auto l = std::make_shared<FleetOptions>();
    auto out = std::make_shared<OutputOptions>();
    add_fleet_options(list, *l);
    add_output_options(list, *out, {"text", "json"});
    list->callback([l, out, &exit_code] {
        auto targets = output_targets(*out);
        FleetContext ctx(*l);
        auto tenants = ctx.selected_tenants();
        write_outputs(targets, [&](const std::string& format) {
            std::string text;
            nlohmann::json j = nlohmann::json::array();
            for (const auto& t : tenants) {
                text += t.key() + "\n";
                j.push_back({{"cluster", t.cluster}, {"database", t.database}});
            }
            return format == "json" ? j.dump(1) + "\n" : text;
        });
        exit_code = exit_code::kOk;
    });
}

}  // namespace pgfleet
