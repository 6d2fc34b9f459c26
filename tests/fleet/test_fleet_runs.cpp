// Runs on the control database and saved plans against the fleet as it is now: control
// tables created once by workers starting together, a run refusing a worker with another
// plan, tenants a plan does not cover, a --tenants glob that matches nothing.
#include <catch2/catch.hpp>

#include <future>
#include <thread>

#include "catalog/sql_name.h"
#include "fleet/control_tables.h"
#include "introspect/session.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/tenant_fleet.h"
#include "tests/support/test_database.h"

using namespace pgfleet;
using namespace pgfleet::testing;

TEST_CASE("workers starting together create the control tables once, under a lock", "[fleet]") {
    TestDatabase control;
    control.load_sql("CREATE SCHEMA fleet;\n");
    for (int round = 0; round < 3; ++round) {
        ControlTables tables = control_tables("fleet.journal_" + std::to_string(round));
        std::vector<std::future<std::string>> starts;
        for (int w = 0; w < 8; ++w)
            starts.push_back(std::async(std::launch::async, [&] {
                try {
                    Session s(control.conninfo(), "pgfleet-test-start");
                    ensure_control_tables(s, tables);
                    return std::string();
                } catch (const std::exception& e) {
                    return std::string(e.what());
                }
            }));
        for (auto& f : starts) CHECK(f.get() == "");
        Session s(control.conninfo());
        for (const auto& t : {tables.journal, tables.runs, tables.run_tenants, tables.slots})
            CHECK(s.query_value("SELECT to_regclass(" + sql_literal(t) + ") IS NOT NULL") == "t");
    }
    // Once they exist, a role that may not create anything in the schema runs workers.
    Session admin(control.conninfo());
    admin.execute("DROP ROLE IF EXISTS pfw_worker; CREATE ROLE pfw_worker LOGIN; "
                  "GRANT USAGE ON SCHEMA fleet TO pfw_worker; "
                  "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA fleet TO pfw_worker; "
                  "GRANT USAGE ON ALL SEQUENCES IN SCHEMA fleet TO pfw_worker");
    {
        Session worker(control.conninfo() + " user=pfw_worker", "pgfleet-test-start");
        CHECK_NOTHROW(ensure_control_tables(worker, control_tables("fleet.journal_0")));
        CHECK_THROWS_WITH(ensure_control_tables(worker, control_tables("fleet.journal_9")),
                          Catch::Contains("permission denied for schema fleet"));
    }
    // DROP OWNED BY needs membership in the role, which a master role lacks before 16.
    admin.execute("REVOKE ALL ON ALL TABLES IN SCHEMA fleet FROM pfw_worker; "
                  "REVOKE ALL ON ALL SEQUENCES IN SCHEMA fleet FROM pfw_worker; "
                  "REVOKE ALL ON SCHEMA fleet FROM pfw_worker; DROP ROLE pfw_worker");
    CHECK_THROWS_WITH(control_tables(std::string(60, 'j')), Catch::Contains("the table name must have 1 to 51 bytes"));
}

TEST_CASE("a saved plan that does not cover the fleet: tenants onboarded since are named, nothing applied", "[fleet]") {
    TenantFleet fleet("pfu", 3, kFleetSchemaV1);
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string config = dir.write("pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "pfu\\_%",
                                                               "pgfleet-test-unplanned"}));
    std::string cfg = " --config " + config + " -q";
    REQUIRE(run_pgfleet("fleet plan" + cfg + " -o " + dir.file("plan.json")).code == 2);
    Session admin(PgServer::instance().conninfo("postgres"));
    admin.execute("CREATE DATABASE pfu_004 TEMPLATE tpl_pfu");

    CliRun refused = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan.json"));
    INFO(refused.output);
    CHECK(refused.code == 3);
    CHECK(contains(refused.output, "1 tenant is not in the plan (onboarded after it was made?): main/pfu_004"));
    CHECK(contains(refused.output, "nothing was applied"));
    {
        Session t(fleet.conninfo("pfu_001"));
        CHECK(t.query_value("SELECT count(*) FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'plan'") == "0");
    }
    // --tenants narrows both sides: the new tenant is outside the selection.
    CHECK(run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan.json") + " --tenants pfu_001").code == 0);
    CliRun skipped = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan.json") + " --skip-unplanned");
    INFO(skipped.output);
    CHECK(skipped.code == 0);
    CHECK(contains(skipped.output, "3 tenants: 2 applied, 1 done_earlier"));  // pfu_001 by the run before
    CHECK(contains(skipped.output, "--skip-unplanned: applying the plan to the tenants it covers"));
    CHECK_FALSE(contains(skipped.output, "main/pfu_004  "));  // not in the report: left alone

    CliRun none = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan.json") + " --tenants 'tenant_*'");
    CHECK(none.code == 1);
    CHECK(contains(none.output, "--tenants 'tenant_*' matches none of the 3 tenants"));
    CHECK(run_pgfleet("fleet drift" + cfg + " --tenants 'nope*'").code == 1);

    // A tenant dropped since planning is named too (it would fail to connect).
    admin.execute("DROP DATABASE pfu_004");
    admin.execute("ALTER DATABASE pfu_003 RENAME TO pfu_003_gone");
    CliRun gone = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan.json"));
    CHECK(contains(gone.output, "1 tenant of the plan was not found now (dropped since?): main/pfu_003"));
    admin.execute("ALTER DATABASE pfu_003_gone RENAME TO pfu_003");
}

TEST_CASE("a run refuses a worker that brings another plan", "[fleet]") {
    TenantFleet fleet("pfp", 2, kFleetSchemaV1);
    TestDatabase control;
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string config = dir.write("pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "pfp\\_%",
                                                               "pgfleet-test-plans", "", 2, "journal: {table: runs_journal}\n",
                                                               PgServer::instance().url(control.name())}));
    std::string cfg = " --config " + config + " -q";
    REQUIRE(run_pgfleet("fleet plan" + cfg + " -o " + dir.file("plan.json")).code == 2);
    CliRun first = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan.json") + " --run nightly");
    INFO(first.output);
    REQUIRE(first.code == 0);
    CHECK(contains(first.output, "(run nightly): 2 tenants: 2 applied"));
    // Planned again (now everything is at the target): another plan, same run id.
    REQUIRE(run_pgfleet("fleet plan" + cfg + " -o " + dir.file("plan2.json")).code == 0);
    CliRun other = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan2.json") + " --run nightly");
    CHECK(other.code == 1);
    CHECK(contains(other.output, "run nightly was started with another plan"));
    // The run id derived from a plan is the same for every worker holding that plan.
    CliRun derived = run_pgfleet("fleet apply" + cfg + " --plan " + dir.file("plan2.json"));
    CHECK(derived.code == 0);
    CHECK(contains(derived.output, "(run plan-"));
    CHECK(contains(derived.output, "2 tenants: 2 done_earlier"));  // the journal says run nightly did them
    Session s(control.conninfo());
    CHECK(s.query_value("SELECT string_agg(state, ',' ORDER BY created_at) FROM runs_journal_runs") == "finished,finished");
}
