// The fleet as Aurora's master user runs it: a role that is not a superuser (LOGIN CREATEDB
// CREATEROLE, member of rds_superuser) onboards tenants, plans, applies and checks drift on the
// test server's major; a failed onboarding leaves nothing behind; discovery skips rdsadmin.
#include <catch2/catch.hpp>

#include "introspect/session.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;

namespace {

std::string config_for(const TempDir& dir, const std::string& prefix) {
    return dir.write("pgfleet.yaml", "schema: " + dir.file("schema") + "\nstate_dir: " + dir.file("state") +
                                         "\nclusters:\n  - name: main\n    url: \"" + PgServer::instance().url("postgres") +
                                         "\"\ntenants:\n  pattern: '" + prefix + "%'\nonboarding:\n  database: \"" +
                                         prefix + "{name}\"\n  owner: \"" + prefix + "{name}_owner\"\n");
}

}  // namespace

TEST_CASE("the tests run as a master role that is not a superuser", "[fleet][db]") {
    pgfleet::Session s(PgServer::instance().conninfo("postgres"));
    CHECK(s.query_value("SELECT current_user") == kMasterRole);
    CHECK(s.query_value("SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == "f");
    CHECK(s.query_value("SELECT rolcreatedb AND rolcreaterole FROM pg_roles WHERE rolname = current_user") == "t");
    CHECK(s.query_value("SELECT pg_has_role('rds_superuser', 'MEMBER')") == "t");
    CHECK(s.server_version_major() == test_major());
    // What the role may not read, pgfleet must not need.
    CHECK_THROWS_AS(s.query("SELECT count(*) FROM pg_authid"), pgfleet::SqlError);
    CHECK_THROWS_AS(s.query("SELECT count(*) FROM pg_user_mapping"), pgfleet::SqlError);
}

TEST_CASE("as the master role: tenant create x3, fleet plan, apply of a change, drift", "[fleet]") {
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV1);
    std::string cfg = " --config " + config_for(dir, "pfm_");
    for (const char* name : {"a", "b", "c"}) {
        CliRun created = run_pgfleet(std::string("tenant create ") + name + cfg);
        INFO(created.output);
        REQUIRE(created.code == 0);
        CHECK(contains(created.output, "new role"));
    }
    CliRun list = run_pgfleet("tenant list" + cfg);
    CHECK(list.output == "main/pfm_a\nmain/pfm_b\nmain/pfm_c\n");

    dir.write("schema/app.sql", kFleetSchemaV2);
    CliRun plan = run_pgfleet("fleet plan" + cfg + " -q -o " + dir.file("plan.json"));
    INFO(plan.output);
    REQUIRE(plan.code == 2);
    CHECK(contains(plan.output, "3 tenants in 1 group"));
    CliRun apply = run_pgfleet("fleet apply" + cfg + " -q --plan " + dir.file("plan.json"));
    INFO(apply.output);
    REQUIRE(apply.code == 0);
    for (const char* db : {"pfm_a", "pfm_b", "pfm_c"}) {
        pgfleet::Session s(PgServer::instance().conninfo(db));
        INFO(db);
        CHECK(s.query_value("SELECT current_user") == kMasterRole);
        CHECK(s.query_value("SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == "f");
        CHECK(s.query_value("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_open_idx'") == "1");
        CHECK(s.query_value("SELECT obj_description('items'::regclass, 'pg_class')") == "to-do items");
    }
    CliRun drift = run_pgfleet("fleet drift" + cfg + " -q");
    INFO(drift.output);
    CHECK(drift.code == 0);
    CHECK(contains(drift.output, "3 tenants: 3 match the desired schema, 0 drifted"));
    for (const char* name : {"a", "b", "c"}) CHECK(run_pgfleet(std::string("tenant drop ") + name + " --confirm" + cfg).code == 0);
}

TEST_CASE("a failed tenant create removes the database and role it made", "[fleet]") {
    TempDir dir;
    // The grant names a role no cluster has: applying the schema fails after the database exists.
    dir.write("schema/app.sql", std::string(kFleetSchemaV1) + "GRANT SELECT ON accounts TO pfx_no_such_role;\n");
    std::string cfg = " --config " + config_for(dir, "pfx_");
    CliRun created = run_pgfleet("tenant create z" + cfg);
    INFO(created.output);
    CHECK(created.code == 1);
    CHECK(contains(created.output, "the database and role it made were removed"));
    pgfleet::Session s(PgServer::instance().conninfo("postgres"));
    CHECK(s.query_value("SELECT count(*) FROM pg_database WHERE datname = 'pfx_z'") == "0");
    CHECK(s.query_value("SELECT count(*) FROM pg_roles WHERE rolname = 'pfx_z_owner'") == "0");
}

TEST_CASE("discovery skips, with a note, a database the role may not connect to", "[fleet]") {
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV1);
    std::string cfg = " --config " + config_for(dir, "rds");
    CliRun list = run_pgfleet("tenant list" + cfg);
    INFO(list.output);
    CHECK(list.code == 0);
    CHECK(contains(list.output, "skipping database rdsadmin (this role may not connect to it)"));
    CliRun drift = run_pgfleet("fleet drift" + cfg + " -q");
    INFO(drift.output);
    CHECK(drift.code == 0);
}
