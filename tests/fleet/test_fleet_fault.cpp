// Fault injection: a tenant's backend terminated mid-apply leaves it unchanged and reported
// failed; the rerun finishes the fleet from the journal without touching finished tenants.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <thread>

#include "catalog/sql_name.h"
#include "fleet/tenant_apply.h"
#include "introspect/session.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_library.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet;
using namespace pgfleet::testing;

namespace {

std::string yaml_for(const TempDir& dir, const std::string& pattern, const std::string& app, int budget) {
    return fleet_yaml({dir.file("schema"), dir.file("state"), pattern, app, "", budget, "timeouts: {lock: 30s}\n"});
}

// Waits until the tenant's pgfleet session is blocked on a lock inside `table`'s
// statement, then terminates that backend. Returns whether it did.
bool terminate_when_blocked(const std::string& database, const std::string& app, const std::string& table) {
    Session watcher(PgServer::instance().conninfo("postgres"), "pgfleet-test-watcher");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        std::string pid = watcher.query_value(
            "SELECT pid FROM pg_stat_activity WHERE datname = " + sql_literal(database) +
            " AND application_name = " + sql_literal(app) + " AND wait_event_type = 'Lock' AND query LIKE " +
            sql_literal("%" + table + "%"));
        if (!pid.empty()) {
            watcher.execute("SELECT pg_terminate_backend(" + pid + ")");
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

std::string status_of(const ApplyReport& r, const std::string& database) {
    for (const auto& t : r.tenants)
        if (t.tenant.database == database) return status_name(t.status);
    return "missing";
}

}  // namespace

TEST_CASE("a backend terminated mid-apply: tenant unchanged and failed; the rerun resumes", "[fleet]") {
    TenantFleet fleet("pfk", 6, kFleetSchemaV1);
    TempDir dir;
    const std::string app = "pgfleet-test-fault";
    // Budget 1: tenants go one by one in name order, so the run stops right at the victim.
    InProcessFleet f(yaml_for(dir, "pfk\\_%", app, 1), dir.file("pgfleet.yaml"));
    FleetPlan plan = f.plan(kFleetSchemaV2);
    REQUIRE(plan.groups.size() == 1);
    const std::string source = plan.groups[0].plan.header.source_fingerprint;
    // The plan alters accounts, then items: holding a share lock on items makes the apply
    // wait there, in the middle of its transaction.
    Session blocker(fleet.conninfo("pfk_003"), "pgfleet-test-blocker");
    blocker.execute("BEGIN; LOCK TABLE public.items IN ACCESS SHARE MODE");
    auto killer = std::async(std::launch::async, [&] { return terminate_when_blocked("pfk_003", app, "public.items"); });
    auto journal = open_file_journal(dir.file("state/journal.jsonl"));
    ApplyReport first = apply_fleet(*f.run, plan, plan_tenants(plan), *journal, {});
    REQUIRE(killer.get());
    blocker.execute("ROLLBACK");

    CHECK(status_of(first, "pfk_001") == "applied");
    CHECK(status_of(first, "pfk_002") == "applied");
    CHECK(status_of(first, "pfk_003") == "failed");
    CHECK(status_of(first, "pfk_004") == "not_started");
    CHECK(status_of(first, "pfk_006") == "not_started");
    CHECK(first.stopped_early);
    const TenantOutcome& victim = first.tenants[2];
    CHECK_THAT(victim.detail, Catch::Contains("failed at step 1 of 1, statement "));
    CHECK_THAT(victim.detail, Catch::Contains("(`ALTER TABLE public.items"));
    CHECK_THAT(victim.detail, Catch::Contains("the tenant is unchanged"));
    {
        // The statement that ran before the kill was rolled back with it.
        Session check(fleet.conninfo("pfk_003"));
        CHECK(check.query_value("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.accounts'::regclass "
                                "AND attname = 'plan'") == "0");
    }
    InProcessFleet reread(yaml_for(dir, "pfk\\_003", app, 1), dir.file("pgfleet.yaml"));
    CHECK(reread.plan(kFleetSchemaV2).groups.at(0).plan.header.source_fingerprint == source);

    // Finished tenants refuse connections now: the rerun must not touch them.
    fleet.execute("postgres", "ALTER DATABASE pfk_001 ALLOW_CONNECTIONS false");
    fleet.execute("postgres", "ALTER DATABASE pfk_002 ALLOW_CONNECTIONS false");
    InProcessFleet rerun(yaml_for(dir, "pfk\\_%", app, 2), dir.file("pgfleet.yaml"));
    ApplyReport second = apply_fleet(*rerun.run, plan, plan_tenants(plan), *journal, {});
    fleet.execute("postgres", "ALTER DATABASE pfk_001 ALLOW_CONNECTIONS true");
    fleet.execute("postgres", "ALTER DATABASE pfk_002 ALLOW_CONNECTIONS true");
    CHECK(status_of(second, "pfk_001") == "done_earlier");
    CHECK(status_of(second, "pfk_002") == "done_earlier");
    for (const char* db : {"pfk_003", "pfk_004", "pfk_005", "pfk_006"}) CHECK(status_of(second, db) == "applied");
    CHECK_FALSE(second.stopped_early);
    InProcessFleet after(yaml_for(dir, "pfk\\_%", app, 2), dir.file("pgfleet.yaml"));
    FleetPlan converged = after.plan(kFleetSchemaV2);
    REQUIRE(converged.groups.size() == 1);
    CHECK(converged.groups[0].at_target());
    CHECK(converged.groups[0].tenants.size() == 6);
}

TEST_CASE("apply refuses a tenant changed since planning and skips one already at the target", "[fleet]") {
    TenantFleet fleet("pfr", 3, kFleetSchemaV1);
    TempDir dir;
    InProcessFleet f(yaml_for(dir, "pfr\\_%", "pgfleet-test-refuse", 2), dir.file("pgfleet.yaml"));
    FleetPlan plan = f.plan(kFleetSchemaV2);
    fleet.execute("pfr_002", "ALTER TABLE accounts ADD COLUMN region text");
    // pfr_003 reaches the desired state by hand.
    fleet.execute("pfr_003",
                  "ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';"
                  "ALTER TABLE items ADD COLUMN done boolean NOT NULL DEFAULT false;"
                  "CREATE INDEX items_open_idx ON items (account_id) WHERE NOT done;"
                  "COMMENT ON TABLE items IS 'to-do items'");
    auto journal = open_file_journal(dir.file("state/journal.jsonl"));
    ApplyReport r = apply_fleet(*f.run, plan, plan_tenants(plan), *journal, {true, false});
    CHECK(status_of(r, "pfr_001") == "applied");
    CHECK(status_of(r, "pfr_002") == "refused");
    CHECK_THAT(r.tenants[1].detail, Catch::Contains("the tenant changed since planning"));
    CHECK(status_of(r, "pfr_003") == "at_target");
}

TEST_CASE("a tenant locked by another apply is not touched", "[fleet]") {
    TenantFleet fleet("pfl", 2, kFleetSchemaV1);
    TempDir dir;
    InProcessFleet f(yaml_for(dir, "pfl\\_%", "pgfleet-test-lock", 2), dir.file("pgfleet.yaml"));
    FleetPlan plan = f.plan(kFleetSchemaV2);
    Session other(fleet.conninfo("pfl_002"), "pgfleet-other-run");
    other.execute("SELECT pg_advisory_lock(" + std::to_string(kApplyLockKey) + ")");
    auto journal = open_file_journal(dir.file("state/journal.jsonl"));
    ApplyReport r = apply_fleet(*f.run, plan, plan_tenants(plan), *journal, {true, false});
    CHECK(status_of(r, "pfl_001") == "applied");
    CHECK(status_of(r, "pfl_002") == "failed");
    CHECK_THAT(r.tenants[1].detail, Catch::Contains("advisory lock"));
}
