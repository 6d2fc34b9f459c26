// Tenant tables force row-level security, so the owner applying a plan sees only the rows its
// policies admit. What a plan checks against existing rows must still see all of them.
#include <catch2/catch.hpp>

#include "introspect/session.h"
#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;

TEST_CASE("a foreign key to a table with forced row-level security is checked against all its rows", "[db]") {
    TestDatabase db;
    std::string dir = std::string(PGFLEET_SOURCE_DIR) + "/tests/cases/foreign_key_to_forced_rls_table/";
    db.load_file(dir + "old.sql");
    // Rows of two tenants, each written under its own setting.
    for (const char* tenant : {"00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"})
        db.load_sql(std::string("SET app.tenant_id = '") + tenant + "';\n"
                    "INSERT INTO projects VALUES (current_setting('app.tenant_id')::uuid, 1);\n"
                    "INSERT INTO tasks VALUES (current_setting('app.tenant_id')::uuid, 1, 1);\n");
    std::string url = shell_quote(db.conninfo());
    CliRun applied = run_pgfleet("apply " + shell_quote(dir + "new.sql") + " --db " + url + " --allow-hazards share_lock");
    INFO(applied.output);
    REQUIRE(applied.code == 0);
    CHECK(run_pgfleet("plan " + shell_quote(dir + "new.sql") + " --db " + url).code == 0);
    pgfleet::Session s(db.conninfo());
    CHECK(s.query_value("SELECT relforcerowsecurity FROM pg_class WHERE oid = 'public.projects'::regclass") == "t");
    CHECK(s.query_value("SELECT convalidated FROM pg_constraint WHERE conname = 'tasks_project_fkey'") == "t");
}
