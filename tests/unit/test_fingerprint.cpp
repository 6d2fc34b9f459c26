#include <catch2/catch.hpp>

#include "catalog/fingerprint.h"
#include "catalog/snapshot.h"
#include "parser/schema_loader.h"

using namespace pgfleet;

TEST_CASE("fingerprints ignore text form, not content", "[unit]") {
    auto fp = [](const std::string& sql) { return fingerprint(load_desired_state_text(sql, "f.sql").catalog, 15); };
    std::string base = fp("CREATE TABLE t (a int, b text DEFAULT 'x');");
    CHECK(base == fp("CREATE TABLE t (a integer, b text DEFAULT 'x'::text);"));
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

TEST_CASE("fingerprints count column order where pgfleet keeps it", "[unit]") {
    auto fp = [](const std::string& sql, FingerprintOptions options = {}) {
        return fingerprint(load_desired_state_text(sql, "f.sql").catalog, 15, options);
    };
    CHECK(fp("CREATE TABLE t (a int, b text);") != fp("CREATE TABLE t (b text, a int);"));
    FingerprintOptions unordered{.include_column_order = false};
    CHECK(fp("CREATE TABLE t (a int, b text);", unordered) == fp("CREATE TABLE t (b text, a int);", unordered));
    // Partitions and partitioned tables are not rebuilt for their order, so it does not count.
    std::string parent = "CREATE TABLE p (a int, b text) PARTITION BY LIST (a);\n";
    CHECK(fp(parent + "CREATE TABLE p1 (a int, b text);\nALTER TABLE p ATTACH PARTITION p1 FOR VALUES IN (1);") ==
          fp(parent + "CREATE TABLE p1 (b text, a int);\nALTER TABLE p ATTACH PARTITION p1 FOR VALUES IN (1);"));
    // A child's own columns count; those it only inherits follow the parent.
    CHECK(fp("CREATE TABLE b (x int);\nCREATE TABLE c (y int, z int) INHERITS (b);") !=
          fp("CREATE TABLE b (x int);\nCREATE TABLE c (z int, y int) INHERITS (b);"));
}
