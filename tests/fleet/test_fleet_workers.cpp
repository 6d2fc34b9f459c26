// One fleet apply run by four worker processes started at once, over two clusters (two
// servers of their own) and a control database: the canary gates every worker, the session
// budget holds across all of them (sampled in pg_stat_activity on both servers), every
// tenant is applied exactly once, waves follow each other, and a worker killed with SIGKILL
// mid-run leaves nothing half done: the others finish its tenants.
#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "catalog/sql_name.h"
#include "fleet/run_layout.h"
#include "introspect/session.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_library.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/fleet/worker_process.h"
#include "tests/support/pg_instance.h"
#include "tests/support/session_sampler.h"
#include "tests/support/test_database.h"

using namespace pgfleet;
using namespace pgfleet::testing;

namespace {

constexpr int kPerCluster = 32;
constexpr int kBudget = 2;
constexpr int kWorkers = 4;
const std::string kApp = "pgfleet-test-workers";

// The desired state: V2 and a check the canary's data breaks until it is fixed.
const std::string kDesired = std::string(kFleetSchemaV2) +
                             "ALTER TABLE accounts ADD CONSTRAINT accounts_name_check CHECK (name <> '');\n";

// A server of its own holding `count` tenant databases "pfw_001".. cloned from a template.
struct Cluster {
    PgInstance server;
    explicit Cluster(int count) {
        server.start();
        Session admin(server.conninfo("postgres"), "pgfleet-test-setup");
        admin.execute("CREATE DATABASE tpl_pfw");
        {
            Session t(server.conninfo("tpl_pfw"), "pgfleet-test-setup");
            t.execute(kFleetSchemaV1);
        }
        for (int i = 1; i <= count; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "pfw_%03d", i);
            admin.execute(std::string("CREATE DATABASE ") + name + " TEMPLATE tpl_pfw");
        }
    }
};

std::string config_yaml(const TempDir& dir, Cluster& a, Cluster& b, const TestDatabase& control) {
    return "schema: " + dir.file("schema") + "\nstate_dir: " + dir.file("state") + "\napplication_name: " + kApp +
           "\nclusters:\n  - name: a\n    url: \"" + a.server.url("postgres") + "\"\n  - name: b\n    url: \"" +
           b.server.url("postgres") + "\"\ntenants:\n  pattern: 'pfw\\_%'\n  control: \"" +
           PgServer::instance().url(control.name()) + "\"\nconnections: {max_per_cluster: " + std::to_string(kBudget) +
           "}\ntimeouts: {lock: 60s}\njournal: {table: fleet_journal}\ncanaries: [a/pfw_001]\n"
           "waves:\n  - {name: first, share: 10%}\n  - {name: second, share: 40%}\n  - {name: rest}\n"
           "coordination: {wait: 90s}\n";
}

// Starts the workers; worker i finds its shard as a job engine would tell it.
std::vector<std::unique_ptr<WorkerProcess>> start_workers(const TempDir& dir, const std::string& args,
                                                          const std::string& tag,
                                                          std::map<std::string, std::string> common = {}) {
    std::vector<std::unique_ptr<WorkerProcess>> out;
    for (int i = 0; i < kWorkers; ++i) {
        std::map<std::string, std::string> env = common;
        std::string shard;
        if (i == 0) env.insert({{"JOB_COMPLETION_INDEX", "0"}, {"PGFLEET_SHARD_COUNT", "4"}});  // Kubernetes
        else if (i == 1) env.insert({{"AWS_BATCH_JOB_ARRAY_INDEX", "1"}, {"AWS_BATCH_JOB_ARRAY_SIZE", "4"}});  // Batch
        else shard = " --shard-index " + std::to_string(i) + " --shard-count 4";
        std::string name = tag + "-w" + std::to_string(i);
        out.push_back(std::make_unique<WorkerProcess>(args + shard + " --worker " + name + " --json " +
                                                          dir.file(name + ".json"),
                                                      dir.file(name + ".log"), env));
    }
    return out;
}

// The journal of one run: (id, tenant key, state, worker, wave), oldest first.
struct Entry {
    long long id;
    std::string tenant, state, worker;
    int wave;
};
std::vector<Entry> journal_of(Session& control, const std::string& run) {
    std::vector<Entry> out;
    for (const auto& r : control.query("SELECT id, cluster || '/' || database, state, worker, wave FROM fleet_journal "
                                       "WHERE run = " + sql_literal(run) + " ORDER BY id"))
        out.push_back({std::stoll(*r[0]), *r[1], *r[2], r[3].value_or(""), std::stoi(r[4].value_or("-1"))});
    return out;
}

// Blocks until a pgfleet session in `database` waits for a lock; false after a minute.
bool wait_until_blocked(Cluster& c, const std::string& database) {
    Session watcher(c.server.conninfo("postgres"), "pgfleet-test-watcher");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline) {
        if (watcher.query_value("SELECT count(*) FROM pg_stat_activity WHERE datname = " + sql_literal(database) +
                                " AND application_name = " + sql_literal(kApp) + " AND wait_event_type = 'Lock'") != "0")
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

// Every tenant's fingerprint, read in process: tenants per fingerprint.
std::map<std::string, size_t> fingerprints(const std::string& yaml, const std::string& path) {
    InProcessFleet f(yaml, path);
    std::map<std::string, size_t> out;
    FleetPlan p = f.plan(kDesired);
    for (const auto& g : p.groups) out[g.at_target() ? "target" : g.plan.header.source_fingerprint] += g.tenants.size();
    out["unreadable"] += p.unreadable.size();
    return out;
}

}  // namespace

TEST_CASE("four workers, two clusters: one canary gate, one budget, waves in order, a killed worker's tenants finished",
          "[fleet][workers_run]") {
    Cluster a(kPerCluster), b(kPerCluster);
    TestDatabase control;
    TempDir dir;
    dir.write("schema/app.sql", kDesired);
    std::string yaml = config_yaml(dir, a, b, control);
    std::string config = dir.write("pgfleet.yaml", yaml);
    CliRun plan = run_pgfleet("fleet plan --config " + config + " -q -o " + dir.file("plan.json"));
    INFO(plan.output);
    REQUIRE(plan.code == 2);
    CHECK(contains(plan.output, "64 tenants in 1 group"));
    const std::string args = "fleet apply --config " + config + " --plan " + dir.file("plan.json");
    Session ctl(control.conninfo(), "pgfleet-test-watcher");
    const size_t kTenants = 2 * kPerCluster;

    // The canary's data breaks the new check: it fails, and no other tenant may change.
    Session(a.server.conninfo("pfw_001")).execute("INSERT INTO accounts VALUES (1, '')");
    {
        SessionSampler sample_a(a.server.conninfo("postgres"), kApp), sample_b(b.server.conninfo("postgres"), kApp);
        auto workers = start_workers(dir, args, "gate");
        for (auto& w : workers) {
            INFO(w->output());
            CHECK(w->wait() == 1);
            CHECK_THAT(w->output(), Catch::Contains("stopped: canary a/pfw_001 failed: failed at step 1 of 1, statement 2 of 5 "
                                                    "(`ALTER TABLE public.accounts"));
            CHECK_THAT(w->output(), Catch::Contains("violated by some row"));
        }
        CHECK(sample_a.stop() <= kBudget);
        CHECK(sample_b.stop() <= kBudget);
        // A worker arriving late finds the run stopped and does nothing.
        WorkerProcess late(args + " --worker late", dir.file("late.log"));
        CHECK(late.wait() == 1);
        CHECK_THAT(late.output(), Catch::Contains("was stopped: canary a/pfw_001 failed"));
        CHECK_THAT(late.output(), Catch::Contains("A stopped run stays stopped"));
    }
    std::string first_run = ctl.query_value("SELECT run FROM fleet_journal_runs");
    std::vector<Entry> gated = journal_of(ctl, first_run);
    REQUIRE(gated.size() == 2);  // the canary started and failed; no other tenant was touched
    CHECK(gated[0].tenant == "a/pfw_001");
    CHECK(gated[1].state == "failed");
    auto before = fingerprints(yaml, dir.file("pgfleet.yaml"));
    CHECK(before.size() == 2);  // one source fingerprint and no unreadable tenant
    CHECK(before.count("target") == 0);
    CHECK(before["unreadable"] == 0);

    // Fixed; a new run. One tenant of the last wave is held by a lock, and the worker that
    // waits on it is killed.
    Session(a.server.conninfo("pfw_001")).execute("DELETE FROM accounts");
    FleetConfig parsed = parse_fleet_config(yaml, dir.file("pgfleet.yaml"));
    FleetPlan saved = read_fleet_plan(dir.file("plan.json"));
    RunLayout layout = make_run_layout(saved, plan_tenants(saved), parsed);
    REQUIRE(layout.waves.size() == 4);
    CHECK(layout.waves[1].members.size() == 7);   // ceil(10% of 64)
    CHECK(layout.waves[2].members.size() == 26);  // ceil(40% of 64)
    std::string victim;
    for (size_t i : layout.waves[3].members)
        if (layout.tenants[i].tenant.cluster == "b") victim = layout.tenants[i].tenant.database;
    REQUIRE(!victim.empty());
    Session blocker(b.server.conninfo(victim), "pgfleet-test-blocker");
    blocker.execute("BEGIN; LOCK TABLE public.items IN ACCESS SHARE MODE");

    auto sample_a = std::make_unique<SessionSampler>(a.server.conninfo("postgres"), kApp);
    auto sample_b = std::make_unique<SessionSampler>(b.server.conninfo("postgres"), kApp);
    auto workers = start_workers(dir, args, "run", {{"PGFLEET_RUN_ID", "second"}});
    REQUIRE(wait_until_blocked(b, victim));
    std::string holder = ctl.query_value("SELECT worker FROM fleet_journal WHERE run = 'second' AND database = " +
                                         sql_literal(victim) + " ORDER BY id DESC LIMIT 1");
    int killed = -1;
    for (int i = 0; i < kWorkers; ++i)
        if (holder == "run-w" + std::to_string(i)) killed = i;
    REQUIRE(killed >= 0);
    workers[killed]->kill9();
    CHECK(workers[killed]->wait() == 128 + SIGKILL);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    // The victim's server process outlives its worker: it gets the lock now and runs until the
    // server notices the client is gone. Its slot stays taken until a session sees it gone.
    blocker.execute("ROLLBACK");
    for (int i = 0; i < kWorkers; ++i) {
        if (i == killed) continue;
        INFO(workers[i]->output());
        CHECK(workers[i]->wait() == 0);
    }
    // Sampled through the kill: the budget holds while a dead worker's sessions linger.
    CHECK(sample_a->stop() == kBudget);  // the budget is used, not just respected
    CHECK(sample_b->stop() == kBudget);
    CHECK(count_sessions(a.server.conninfo("postgres"), kApp) == 0);
    CHECK(count_sessions(b.server.conninfo("postgres"), kApp) == 0);

    // Exactly once: one applied entry per tenant, none failed; the victim started twice. A tenant
    // the killed worker committed just before it died (its journal entry never written) is found
    // at the target by the worker that finishes it: at_target, once, and only such a tenant.
    std::vector<Entry> j = journal_of(ctl, "second");
    std::map<std::string, int> applied, started, finished;
    std::map<std::string, std::set<std::string>> started_by;
    const std::string killed_name = "run-w" + std::to_string(killed);
    std::set<std::string> applied_by;
    for (const auto& e : j) {
        if (e.state == "applied") ++applied[e.tenant], applied_by.insert(e.worker);
        if (e.state == "started") ++started[e.tenant];
        if (e.state == "applied" || e.state == "at_target") ++finished[e.tenant];
        if (e.state == "started") started_by[e.tenant].insert(e.worker);
        if (e.state == "at_target") {
            INFO(e.tenant << " at_target by " << e.worker);
            CHECK(started_by[e.tenant].count(killed_name) == 1);  // the killed worker had it
        }
        CHECK((e.state == "started" || e.state == "applied" || e.state == "at_target"));
    }
    CHECK(finished.size() == kTenants);
    for (const auto& [tenant, n] : finished) CHECK(n == 1);
    for (const auto& [tenant, n] : applied) CHECK(n == 1);
    CHECK(started["b/" + victim] >= 2);  // the killed worker's, then the finisher's (and any try that found it busy)
    CHECK(applied_by.size() >= 3);  // the work was shared
    std::string finisher;
    for (const auto& e : j)
        if (e.tenant == "b/" + victim && e.state == "applied") finisher = e.worker;
    CHECK(finisher != holder);
    // Waves: no tenant of a wave started before every tenant of the one before had finished.
    for (int w = 1; w < 4; ++w) {
        long long last_end = 0, first_start = LLONG_MAX;
        for (const auto& e : j) {
            if (e.wave == w - 1 && e.state != "started") last_end = std::max(last_end, e.id);
            if (e.wave == w && e.state == "started") first_start = std::min(first_start, e.id);
        }
        INFO("wave " << w);
        CHECK(last_end < first_start);
    }
    // The databases agree with the journal.
    auto after = fingerprints(yaml, dir.file("pgfleet.yaml"));
    CHECK(after["target"] == kTenants);
    CHECK(after.size() == 2);
    // Every surviving worker reports the whole run, wave by wave.
    int survivor = killed == 0 ? 1 : 0;
    nlohmann::json report = nlohmann::json::parse(read_text_file(dir.file("run-w" + std::to_string(survivor) + ".json")));
    CHECK(report["run"] == "second");
    auto done = [](const nlohmann::json& summary) { return summary.value("applied", 0) + summary.value("at_target", 0); };
    CHECK(done(report["summary"]) == kTenants);
    REQUIRE(report["waves"].size() == 4);
    CHECK(report["waves"][0]["name"] == "canaries");
    CHECK(report["waves"][2]["tenants"] == 26);
    CHECK(done(report["waves"][3]["summary"]) == 30);
    CHECK(report["waves"][3]["p95_seconds"].get<double>() >= report["waves"][3]["p50_seconds"].get<double>());
    CHECK_THAT(workers[survivor]->output(), Catch::Contains("wave second: 26 tenants: 26 applied; applied in p50 "));

    // A rerun of the same run has nothing left to do.
    WorkerProcess again(args + " --run second -q", dir.file("again.log"));
    INFO(again.output());
    CHECK(again.wait() == 0);
    CHECK_THAT(again.output(), Catch::Contains("(run second): 64 tenants: "));
    CHECK_THAT(again.output(), !Catch::Contains("failed") && !Catch::Contains("not_started"));
}
