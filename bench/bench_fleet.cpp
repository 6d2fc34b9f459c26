// pgfleet-bench-fleet --db URL --tenants N: creates N tenant databases from the bundled
// schema on a local server, then times fleet plan, apply and drift per tenant next to the
// floor (connect + select 1 on each database) and reports the peak session count; then one
// run of several pgfleet worker processes (--workers) with canaries and waves.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <CLI/CLI.hpp>

#include "bench/bench_workers.h"
#include "catalog/sql_name.h"
#include "fleet/apply.h"
#include "fleet/drift.h"
#include "fleet/fleet_apply.h"
#include "fleet/inventory.h"
#include "fleet/runner.h"
#include "fleet/tenant_catalogs.h"
#include "introspect/catalog_reader.h"
#include "introspect/conninfo.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"

using namespace pgfleet;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kApp = "pgfleet-bench";
constexpr const char* kChange =
    "\nALTER TABLE manifests ADD COLUMN checksum text;\n"
    "CREATE INDEX manifests_checksum_idx ON manifests (tenant_id, checksum);\n";

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::string desired_sql(const std::string& schema_dir, bool changed) {
    std::string text;
    for (const auto& f : desired_state_files(schema_dir)) {
        FILE* in = std::fopen(f.c_str(), "r");
        for (int c; in && (c = std::fgetc(in)) != EOF;) text += static_cast<char>(c);
        if (in) std::fclose(in);
        text += "\n";
    }
    return changed ? text + kChange : text;
}

// Highest number of sessions named kApp seen while it runs, sampled from its own session.
// Every figure, the floor included, is taken with a sampler running, so its load on the
// server weighs on all of them alike.
class PeakSampler {
public:
    explicit PeakSampler(const std::string& conninfo) : session_(conninfo, "pgfleet-bench-sampler") {
        thread_ = std::thread([this] {
            while (!stop_) {
                int n = std::stoi(session_.query_value(
                    std::string("SELECT count(*) FROM pg_stat_activity WHERE application_name = ") + sql_literal(kApp)));
                peak_ = std::max(peak_.load(), n);
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }
    ~PeakSampler() {
        if (thread_.joinable()) stop();
    }
    int stop() {
        stop_ = true;
        thread_.join();
        return peak_;
    }

private:
    Session session_;
    std::atomic<bool> stop_{false};
    std::atomic<int> peak_{0};
    std::thread thread_;
};

struct Figure {
    std::string what;
    int sessions;
    double seconds;
    int peak = -1;
};

// connect + select 1 + disconnect on every tenant, `workers` at a time.
Figure floor_figure(const std::string& url, const std::vector<TenantRef>& tenants, int workers) {
    PeakSampler sampler(conninfo_with(url, {{"application_name", "pgfleet-bench-sampler"}}));
    auto t0 = Clock::now();
    std::atomic<bool> stop{false};
    run_jobs(tenants.size(), workers, [&](size_t i) {
        Session s(conninfo_with(url, {{"dbname", tenants[i].database}}), kApp);
        s.query("SELECT 1");
        s.close_and_wait();
    }, stop);
    double seconds = since(t0);
    return {"floor: connect + select 1", workers, seconds, sampler.stop()};
}

void create_tenants(const std::string& url, int n, const std::string& schema_sql) {
    Session admin(url, "pgfleet-bench-setup");
    auto old = admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%' OR datname = 'benchtpl'");
    for (const auto& r : old) admin.execute("DROP DATABASE " + sql_ident(*r[0]) + " WITH (FORCE)");
    admin.execute("CREATE DATABASE benchtpl");
    {
        Session tpl(conninfo_with(url, {{"dbname", "benchtpl"}}), "pgfleet-bench-setup");
        ApplyResult r = apply_plan(tpl, make_plan(read_catalog(tpl).catalog,
                                                  load_desired_state_text(schema_sql, "schema.sql").catalog));
        if (!r.ok) throw std::runtime_error("loading the schema failed: " + r.error);
    }
    auto t0 = Clock::now();
    for (int i = 1; i <= n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "bench_%04d", i);
        admin.execute(std::string("CREATE DATABASE ") + name + " TEMPLATE benchtpl");
    }
    std::printf("created %d tenant databases in %.1f s\n", n, since(t0));
}

void drop_tenants(const std::string& url) {
    Session admin(url, "pgfleet-bench-setup");
    auto old = admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%' OR datname = 'benchtpl'");
    for (const auto& r : old) admin.execute("DROP DATABASE " + sql_ident(*r[0]) + " WITH (FORCE)");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Fleet plan/apply/drift time per tenant next to the connect + select 1 floor"};
    std::string url, schema = std::string(PGFLEET_SOURCE_DIR) + "/schemas";
    int tenants_n = 100, budget = 4, workers = 4;
    bool keep = false;
    app.add_option("--db", url, "Maintenance database URL of a local server (tenants are created there)")->required();
    app.add_option("--tenants", tenants_n, "Number of tenant databases");
    app.add_option("--budget", budget, "Sessions per cluster (connections.max_per_cluster)");
    app.add_option("--schema", schema, "Desired-state directory (default: the bundled schemas/)");
    app.add_option("--workers", workers, "Then one run of this many pgfleet processes over two clusters (0: skip)");
    app.add_flag("--keep", keep, "Keep the tenant databases");
    CLI11_PARSE(app, argc, argv);

    create_tenants(url, tenants_n, desired_sql(schema, false));
    std::string yaml = "schema: " + schema + "\nstate_dir: /tmp/pgfleet-bench-state\napplication_name: " + kApp +
                       "\nclusters:\n  - name: local\n    url: \"" + url + "\"\ntenants:\n  pattern: 'bench\\_%'\n" +
                       "connections: {max_per_cluster: " + std::to_string(budget) + ", max_share: 0.5}\n";
    FleetConfig config = parse_fleet_config(yaml, "/tmp/pgfleet-bench.yaml");
    ParserState desired = load_desired_state_text(desired_sql(schema, true), "desired.sql");
    DesiredFingerprints fps(desired.catalog);
    std::vector<Figure> rows;
    auto fleet_run = [&](int sessions, FingerprintCache& cache, auto&& work) {
        FleetConfig c = config;
        c.connections.max_per_cluster = sessions;
        FleetConnections conns(c, [](const std::string& l) { std::fprintf(stderr, "%s\n", l.c_str()); });
        FleetRun run{c, conns, cache, false, true};
        auto tenants = discover_tenants(c, conns);
        PeakSampler sampler(conninfo_with(url, {{"application_name", "pgfleet-bench-sampler"}}));
        auto t0 = Clock::now();
        work(run, tenants);
        double s = since(t0);
        return std::make_pair(s, sampler.stop());
    };
    std::vector<TenantRef> tenants;
    for (int i = 1; i <= tenants_n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "bench_%04d", i);
        tenants.push_back({"local", name});
    }
    // The first session on a new database builds its relation cache file; no figure pays that.
    floor_figure(url, tenants, budget);
    rows.push_back(floor_figure(url, tenants, 1));
    rows.push_back(floor_figure(url, tenants, budget));

    FingerprintCache cache("");
    FleetPlan plan;
    auto [plan_s, plan_peak] = fleet_run(budget, cache, [&](FleetRun& run, const std::vector<TenantRef>& t) {
        plan = build_fleet_plan(read_fleet_catalogs(run, t), fps);
    });
    rows.push_back({"fleet plan (full read of every tenant)", budget, plan_s, plan_peak});
    // Again with nothing changed: markers give every fingerprint, one tenant is read in full.
    FleetPlan known_plan;
    auto [known_s, known_peak] = fleet_run(budget, cache, [&](FleetRun& run, const std::vector<TenantRef>& t) {
        known_plan = build_fleet_plan(read_fleet_catalogs(run, t), fps);
    });
    rows.push_back({"fleet plan, known tenants (marker + sizes)", budget, known_s, known_peak});
    if (fleet_plan_to_json(known_plan) != fleet_plan_to_json(plan))
        std::fprintf(stderr, "warning: the plan from known tenants differs from the full read's\n");
    ApplyReport report;
    auto [apply_s, apply_peak] = fleet_run(budget, cache, [&](FleetRun& run, const std::vector<TenantRef>& t) {
        std::remove("/tmp/pgfleet-bench-journal.jsonl");
        auto journal = open_file_journal("/tmp/pgfleet-bench-journal.jsonl");
        report = apply_fleet(run, plan, t, *journal, {false, true});
    });
    rows.push_back({"fleet apply (" + std::to_string(plan.groups.at(0).plan.plan.statements.size()) + " statements)",
                    budget, apply_s, apply_peak});
    for (int sessions : {1, budget}) {
        FingerprintCache cold("");
        DriftReport d;
        auto [cold_s, cold_peak] = fleet_run(sessions, cold, [&](FleetRun& run, const std::vector<TenantRef>& t) {
            d = check_fleet_drift(run, t, fps);
        });
        rows.push_back({"fleet drift, no cache (counters + full read)", sessions, cold_s, cold_peak});
        auto [warm_s, warm_peak] = fleet_run(sessions, cold, [&](FleetRun& run, const std::vector<TenantRef>& t) {
            d = check_fleet_drift(run, t, fps);
        });
        rows.push_back({"fleet drift, known tenants (counters only)", sessions, warm_s, warm_peak});
        if (d.count(DriftStatus::Matches) != static_cast<size_t>(tenants_n))
            std::fprintf(stderr, "warning: %zu tenants do not match after apply\n", tenants_n - d.count(DriftStatus::Matches));
    }
    size_t applied = count_if(report.tenants.begin(), report.tenants.end(),
                              [](const TenantOutcome& o) { return o.status == ApplyStatus::Applied; });
    std::printf("\n%d tenants, bundled schema (%zu tables), budget %d sessions; %zu applied\n\n", tenants_n,
                desired.catalog.tables.size(), budget, applied);
    std::printf("%-46s %8s %9s %12s %8s %6s\n", "", "sessions", "total s", "per tenant", "x floor", "peak");
    for (const auto& r : rows) {
        double floor = rows[r.sessions == 1 ? 0 : 1].seconds;
        char peak[16] = "";
        if (r.peak >= 0) std::snprintf(peak, sizeof peak, "%d", r.peak);
        std::printf("%-46s %8d %9.2f %9.2f ms %8.2f %6s\n", r.what.c_str(), r.sessions, r.seconds,
                    r.seconds * 1000 / tenants_n, r.seconds / floor, peak);
    }
    if (workers > 0) {
        double floor2 = floor_figure(url, tenants, 2 * budget).seconds;
        bench::run_workers_bench({url, desired_sql(schema, true), PGFLEET_BINARY, tenants_n, budget, workers, floor2});
    }
    if (!keep) drop_tenants(url);
    return 0;
}
