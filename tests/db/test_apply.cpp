// Applying plans: all or nothing within a transaction.
#include <catch2/catch.hpp>

#include "fleet/apply.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "tests/support/test_database.h"

using namespace pgfleet;

static Catalog desired(const std::string& sql) {
    ParserState s = load_desired_state_text(sql, "desired.sql");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    return s.catalog;
}

TEST_CASE("a failing plan leaves the database untouched", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n");
    // The new column is fine; the unique constraint fails on the duplicate rows.
    Catalog want = desired("CREATE TABLE t (id int UNIQUE, note text);\n");
    Session session(db.conninfo());
    Plan plan = plan_from(read_catalog(session), want);
    REQUIRE(plan.statements.size() == 2);
    ApplyResult r = apply_plan(session, plan);
    CHECK_FALSE(r.ok);
    CHECK(r.applied == 0);
    CHECK(r.error.find("could not create unique index") != std::string::npos);
    Catalog after = read_catalog(session).catalog;
    CHECK(after.tables.at({"public", "t"}).columns.size() == 1);
}

TEST_CASE("a plan applies and the database then matches", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    Catalog want = desired("CREATE TABLE t (id bigint PRIMARY KEY, note text DEFAULT 'x');\nCREATE INDEX ON t (note);\n");
    Session session(db.conninfo());
    ApplyResult r = apply_plan(session, plan_from(read_catalog(session), want));
    REQUIRE(r.ok);
    CHECK(plan_from(read_catalog(session), want).empty());
}
