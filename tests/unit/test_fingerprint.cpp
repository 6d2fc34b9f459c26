#include <catch2/catch.hpp>

#include "catalog/fingerprint.h"
#include "catalog/snapshot.h"
#include "parser/schema_loader.h"

using namespace pgfleet;

TEST_CASE("fingerprints ignore column order and text form, not content", "[unit]") {
    auto fp = [](const std::string& sql) { return fingerprint(load_desired_state_text(sql, "f.sql").catalog, 15); };
    std::string base = fp("CREATE TABLE t (a int, b text DEFAULT 'x');");
    CHECK(base == fp("CREATE TABLE t (b text DEFAULT 'x'::text, a integer);"));
    CHECK(base != fp("CREATE TABLE t (a int, b text DEFAULT 'y');"));
    CHECK(base != fp("CREATE TABLE t (a bigint, b text DEFAULT 'x');"));
    CHECK(base != fingerprint(load_desired_state_text("CREATE TABLE t (a int, b text DEFAULT 'x');", "f.sql").catalog, 16));
    CHECK(base.size() == 64);
}

TEST_CASE("snapshots round-trip through JSON", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (id serial PRIMARY KEY, m mood, x int CHECK (x > 0));\n"
        "CREATE INDEX ON t (x) WHERE x > 1;\nCOMMENT ON TABLE t IS 'hello';\n",
        "f.sql");
    Snapshot snap{s.catalog, 15, "db"};
    Snapshot back = snapshot_from_json(nlohmann::json::parse(snapshot_to_json(snap).dump()));
    CHECK(fingerprint(back.catalog, 15) == fingerprint(s.catalog, 15));
    CHECK(catalog_to_json(back.catalog) == catalog_to_json(s.catalog));
    CHECK_THROWS_WITH(snapshot_from_json(nlohmann::json::object()), Catch::Contains("not a pgfleet snapshot"));
}
