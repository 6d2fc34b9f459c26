// Column order: a table whose columns would end in another order than declared is rebuilt
// with its rows; --ignore-column-order alters it in place instead.
#include <catch2/catch.hpp>

#include <fstream>

#include "introspect/session.h"
#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;

namespace {

std::string case_file(const std::string& name) {
    return std::string(PGFLEET_SOURCE_DIR) + "/tests/cases/column_order_rebuild_keeps_rows/" + name;
}

std::string scratch_schema(const std::string& name, const std::string& content) {
    std::string path = "/tmp/pgfleet-order-" + std::to_string(getpid()) + "-" + name;
    std::ofstream(path) << content;
    return path;
}

// Rows of two tenants (each visible only under its own app.tenant_id, RLS being forced on
// the owner), a deleted identity value and a used serial value.
const char* kRows =
    "INSERT INTO parent (name) VALUES ('p1'), ('p2'), ('p3');\n"
    "DELETE FROM parent WHERE name = 'p3';\n"
    "SET app.tenant_id = '00000000-0000-0000-0000-000000000001';\n"
    "INSERT INTO items (tenant_id, legacy, note, parent_id) VALUES (current_setting('app.tenant_id')::uuid, 'x', 'a', 1);\n"
    "SET app.tenant_id = '00000000-0000-0000-0000-000000000002';\n"
    "INSERT INTO items (tenant_id, legacy, note, parent_id) VALUES (current_setting('app.tenant_id')::uuid, 'y', 'b', 2);\n"
    "RESET app.tenant_id;\n"
    "INSERT INTO refs VALUES (1, '00000000-0000-0000-0000-000000000001');\n";

void check_rows_kept(const TestDatabase& db) {
    pgfleet::Session s(db.conninfo());
    // As the owner, with RLS forced, rows are seen only through the setting: turn it off to count.
    s.execute("ALTER TABLE items NO FORCE ROW LEVEL SECURITY");
    CHECK(s.query_value("SELECT string_agg(id || ':' || note || ':' || parent_id || ':' || priority || ':' || touched, ',' "
                        "ORDER BY id) FROM items") == "1:a:1:1:1,2:b:2:1:1");
    s.execute("ALTER TABLE items FORCE ROW LEVEL SECURITY");
    CHECK(s.query_value("SELECT string_agg(id || name, ',' ORDER BY id) FROM parent") == "1p1,2p2");
    // Counters go on where they were: 3 was taken (and deleted) on parent, 2 on items.
    CHECK(s.query_value("INSERT INTO parent (name) VALUES ('p4') RETURNING id") == "4");
    CHECK(s.query_value("SELECT nextval('items_id_seq')") == "3");
    // The sequence is owned by the column again.
    CHECK(s.query_value("SELECT pg_get_serial_sequence('public.items', 'id')") == "public.items_id_seq");
    CHECK(s.query_value("SELECT count(*) FROM refs") == "1");
    CHECK(s.query_value("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute "
                        "WHERE attrelid = 'public.items'::regclass AND attnum > 0 AND NOT attisdropped") ==
          "id,tenant_id,parent_id,priority,note,touched");
}

}  // namespace

TEST_CASE("a table rebuilt for its column order keeps its rows and counters, hidden rows included", "[db]") {
    TestDatabase db;
    db.load_file(case_file("old.sql"));
    db.load_sql(kRows);
    std::string url = shell_quote(db.conninfo());
    std::string desired = shell_quote(case_file("new.sql"));

    SECTION("applied directly") {
        CliRun refused = run_pgfleet("apply " + desired + " --db " + url);
        INFO(refused.output);
        CHECK(refused.code == 3);
        CHECK(refused.output.find("table_rewrite") != std::string::npos);
        CliRun applied = run_pgfleet("apply " + desired + " --db " + url + " --allow-hazards table_rewrite,data_loss");
        INFO(applied.output);
        REQUIRE(applied.code == 0);
    }
    SECTION("through a saved plan, which passes its audit") {
        std::string plan = "/tmp/pgfleet-order-" + std::to_string(getpid()) + "-plan.json";
        REQUIRE(run_pgfleet("plan " + desired + " --db " + url + " -o " + plan).code == 2);
        CliRun applied = run_pgfleet("apply " + plan + " --db " + url + " --allow-hazards table_rewrite,data_loss");
        INFO(applied.output);
        REQUIRE(applied.code == 0);
    }
    check_rows_kept(db);
    CliRun replan = run_pgfleet("plan " + desired + " --db " + url);
    INFO(replan.output);
    CHECK(replan.code == 0);
}

TEST_CASE("--ignore-column-order adds a column in place and apply's after-check holds", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (a int, c text);\nINSERT INTO t VALUES (1, 'x');\n");
    std::string desired = scratch_schema("middle.sql", "CREATE TABLE t (a int, b int, c text);\n");
    std::string url = shell_quote(db.conninfo());
    CliRun rebuild = run_pgfleet("plan " + desired + " --db " + url + " --format sql");
    CHECK(rebuild.output.find("DROP TABLE public.t") != std::string::npos);
    CliRun in_place = run_pgfleet("plan " + desired + " --db " + url + " --format sql --ignore-column-order");
    INFO(in_place.output);
    CHECK(in_place.output.find("ALTER TABLE public.t ADD COLUMN b integer") != std::string::npos);
    CHECK(in_place.output.find("DROP TABLE") == std::string::npos);
    CliRun applied = run_pgfleet("apply " + desired + " --db " + url + " --ignore-column-order");
    INFO(applied.output);
    REQUIRE(applied.code == 0);
    CHECK(run_pgfleet("plan " + desired + " --db " + url + " --ignore-column-order").code == 0);
    // The order still differs from the declared one: without the option, the rebuild is planned.
    CHECK(run_pgfleet("plan " + desired + " --db " + url).code == 2);
}
