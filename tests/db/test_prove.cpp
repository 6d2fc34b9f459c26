// plan --prove and apply --prove: the plan runs first on a local throwaway copy of the current
// state (never the target), and what PostgreSQL makes of it must be the desired state.
#include <catch2/catch.hpp>

#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"
#include "tests/support/tenant_fleet.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;

namespace {

constexpr const char* kCurrent =
    "CREATE TABLE items (tenant_id text NOT NULL, id int NOT NULL, name text, PRIMARY KEY (tenant_id, id));\n";

std::string db_arg(const TestDatabase& db) { return " --db " + shell_quote(db.conninfo()); }

bool has(const CliRun& run, const std::string& text) { return run.output.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("plan --prove runs the plan on a local copy and finds it reaches the desired state", "[db]") {
    TestDatabase db;
    db.load_sql(kCurrent);
    TempDir dir;
    std::string desired = dir.write(
        "s.sql", std::string(kCurrent).replace(std::string(kCurrent).find("name text"), 9, "name text NOT NULL DEFAULT ''") +
                     "CREATE INDEX items_name ON items (tenant_id, name);\n"
                     "CREATE FUNCTION item_count(t text) RETURNS bigint LANGUAGE sql STABLE AS "
                     "'SELECT count(*) FROM items WHERE tenant_id = t';\n"
                     "GRANT SELECT ON items TO prove_reporting;\n"
                     // Bodies are checked under the routine's own search_path.
                     "CREATE SCHEMA app;\n"
                     "CREATE TABLE app.notes (tenant_id text NOT NULL, body text);\n"
                     "CREATE FUNCTION note_count() RETURNS bigint LANGUAGE sql SET search_path = app "
                     "AS 'SELECT count(*) FROM notes';\n");
    CliRun run = run_pgfleet("plan " + desired + db_arg(db) + " --prove");
    INFO(run.output);
    CHECK(run.code == 2);
    CHECK(has(run, "proven on PostgreSQL"));
    CHECK(has(run, "the result is the desired state"));
    // A role the files grant to is made on the local server, and said; plan warns that the
    // target's cluster lacks it, at the GRANT.
    CHECK(has(run, "were created there: prove_reporting"));
    CHECK(has(run, "s.sql:4:1: warning: role prove_reporting (named by table public.items) does not exist on the "
                   "cluster of "));
    // The target itself is untouched: the same plan again.
    CHECK(run_pgfleet("plan " + desired + db_arg(db)).code == 2);
}

TEST_CASE("plan --prove finds routine bodies PostgreSQL rejects once the plan has run", "[db]") {
    TestDatabase db;
    db.load_sql(kCurrent + std::string("CREATE FUNCTION item_names() RETURNS SETOF text LANGUAGE sql AS "
                                       "'SELECT name FROM items';\n"));
    TempDir dir;
    // The column goes; the SQL function that reads it keeps its text and breaks.
    std::string desired = dir.write(
        "s.sql", "CREATE TABLE items (tenant_id text NOT NULL, id int NOT NULL, PRIMARY KEY (tenant_id, id));\n"
                 "CREATE FUNCTION item_names() RETURNS SETOF text LANGUAGE sql AS 'SELECT name FROM items';\n"
                 "CREATE FUNCTION misspelled() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETRUN 1; END $$;\n");
    CliRun run = run_pgfleet("plan " + desired + db_arg(db) + " --prove");
    INFO(run.output);
    CHECK(run.code == 1);
    CHECK(has(run, "NOT proven on PostgreSQL"));
    CHECK(has(run, "at routine bodies: 2 routine bodies PostgreSQL rejects"));
    CHECK(has(run, "item_names(): column \"name\" does not exist"));
    CHECK(has(run, "misspelled(): syntax error at or near \"RETRUN\""));

    // apply --prove refuses before anything touches the target.
    CliRun apply = run_pgfleet("apply " + desired + db_arg(db) + " --prove --allow-hazards all --yes");
    INFO(apply.output);
    CHECK(apply.code == 3);
    CHECK(has(apply, "refused: not applied: the plan was not proven"));
    CliRun after = run_pgfleet("plan " + desired + db_arg(db) + " --format sql");
    CHECK(has(after, "DROP COLUMN name"));
}

TEST_CASE("plan --prove names the statement the server refuses", "[db]") {
    TestDatabase db;
    db.load_sql(kCurrent);
    TempDir dir;
    // A range exclusion over a plain integer needs btree_gist, which the files do not create.
    std::string desired =
        dir.write("s.sql", kCurrent + std::string("CREATE TABLE slots (tenant_id text NOT NULL, room int NOT NULL, "
                                                  "during tstzrange NOT NULL, "
                                                  "EXCLUDE USING gist (room WITH =, during WITH &&));\n"));
    CliRun run = run_pgfleet("plan " + desired + db_arg(db) + " --prove");
    INFO(run.output);
    CHECK(run.code == 1);
    CHECK(has(run, "NOT proven on PostgreSQL"));
    CHECK(has(run, "at apply: step 1 of 1, statement 1 of 1 (`CREATE TABLE public.slots"));
    CHECK(has(run, "no default operator class for access method \"gist\""));
}

TEST_CASE("apply PLAN.json --prove proves a saved plan against its target fingerprint, then runs it", "[db]") {
    TestDatabase db;
    db.load_sql(kCurrent);
    TempDir dir;
    std::string desired = dir.write("s.sql", kCurrent + std::string("CREATE INDEX items_name ON items (tenant_id, name);\n"
                                                                    "COMMENT ON TABLE items IS 'what tenants sell';\n"));
    REQUIRE(run_pgfleet("plan " + desired + db_arg(db) + " -o " + dir.file("plan.json")).code == 2);
    CliRun apply = run_pgfleet("apply " + dir.file("plan.json") + db_arg(db) + " --prove --allow-hazards all");
    INFO(apply.output);
    CHECK(apply.code == 0);
    CHECK(has(apply, "proven on PostgreSQL"));
    CHECK(run_pgfleet("plan " + desired + db_arg(db)).code == 0);
}
