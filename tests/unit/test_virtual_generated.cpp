// PostgreSQL 18's virtual generated columns read with PostgreSQL 15's parser: the columns, the
// text around them, and the locations of errors after them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "catalog/server_fit.h"
#include "parser/schema_loader.h"
#include "planner/ddl.h"

using namespace pgfleet;

namespace {

const Column& column(const ParserState& s, const char* table, const char* name) {
    const Column* c = s.catalog.tables.at({"public", table}).find_column(name);
    REQUIRE(c);
    return *c;
}

std::vector<std::string> virtual_errors(const ParserState& s) {
    std::vector<std::string> out;
    for (const auto& d : s.diagnostics)
        if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("virtual generated columns are read as virtual, stored ones as stored", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE TABLE t (\n"
        "  a int,\n"
        "  v1 int GENERATED ALWAYS AS (a * 2) VIRTUAL,\n"
        "  v2 int GENERATED ALWAYS AS ((a + 1) * (a - 1)),\n"
        "  v3 int CONSTRAINT v3_gen GENERATED ALWAYS AS (a) virtual,\n"
        "  v4 text GENERATED ALWAYS AS (a::text) -- no keyword: virtual\n"
        "  , s1 int GENERATED ALWAYS AS (a * 3) STORED,\n"
        "  id int GENERATED ALWAYS AS IDENTITY);\n"
        "ALTER TABLE t ADD COLUMN v5 bigint GENERATED ALWAYS AS (a + 5);\n"
        "CREATE TABLE copy (LIKE t INCLUDING GENERATED);\n",
        "schema.sql");
    REQUIRE(virtual_errors(s).empty());
    for (const char* table : {"t", "copy"}) {
        INFO(table);
        for (const char* name : {"v1", "v2", "v3", "v4", "v5"}) {
            INFO(name);
            CHECK(column(s, table, name).generated);
            CHECK(column(s, table, name).generated_virtual);
        }
        CHECK(column(s, table, "s1").generated);
        CHECK_FALSE(column(s, table, "s1").generated_virtual);
    }
    CHECK(column(s, "t", "v2").generated->sql == "((a + 1) * (a - 1))");
    CHECK(ddl::column_definition(column(s, "t", "v1")) == "v1 integer GENERATED ALWAYS AS ((a * 2)) VIRTUAL");
    CHECK(ddl::column_definition(column(s, "t", "s1")) == "s1 integer GENERATED ALWAYS AS ((a * 3)) STORED");
}

TEST_CASE("text that only looks like a virtual column is left as written", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'GENERATED ALWAYS AS (1)' $$;\n"
        "COMMENT ON FUNCTION f() IS 'x GENERATED ALWAYS AS (2) y';\n"
        "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a));\n",
        "schema.sql");
    REQUIRE(virtual_errors(s).empty());
    const auto& f = s.catalog.functions.begin()->second;
    CHECK(f.body.find("'GENERATED ALWAYS AS (1)'") != std::string::npos);
    CHECK(f.comment == "x GENERATED ALWAYS AS (2) y");
    CHECK(column(s, "t", "b").generated_virtual);
}

TEST_CASE("errors after a virtual column point into the original text", "[unit]") {
    // Columns without a keyword gain one in the text the parser reads; nothing after it moves.
    ParserState s = load_desired_state_text(
        "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a), c int GENERATED ALWAYS AS (a), d nosuchtype);\n"
        "CREATE TABLE u (a int GENERATED ALWAYS AS (1), b int,, c int);\n",
        "schema.sql");
    auto found = virtual_errors(s);
    REQUIRE(found.size() == 2);
    // "nosuchtype" is at column 88 of line 1; the second comma at column 54 of line 2.
    std::sort(found.begin(), found.end());
    CHECK(found[0].find("schema.sql:1:88: error: type \"nosuchtype\" does not exist") == 0);
    CHECK(found[1].find("schema.sql:2:54: error: syntax error at or near \",\"") == 0);
}

TEST_CASE("a virtual generated column cannot be planned for a server before 18", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a) VIRTUAL);\n",
                                            "schema.sql");
    REQUIRE(virtual_errors(s).empty());
    Catalog fitted = s.catalog;
    CHECK_NOTHROW(fit_to_server(fitted, 18));
    fitted = s.catalog;
    CHECK_THROWS_WITH(fit_to_server(fitted, 17),
                      "the desired state's virtual generated column public.t.b needs PostgreSQL 18; the server runs 17");
}

TEST_CASE("dropping the expression of a virtual column is refused as PostgreSQL 18 refuses it", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a) VIRTUAL);\nALTER TABLE t ALTER COLUMN b DROP EXPRESSION;\n",
        "schema.sql");
    auto found = virtual_errors(s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].find("schema.sql:2:") == 0);
    CHECK(found[0].find("not supported for virtual generated columns") != std::string::npos);
}

TEST_CASE("on 13 and 14 the public schema keeps CREATE for PUBLIC unless the file revokes it", "[unit]") {
    auto public_acl = [](const char* sql, int major) {
        ParserState s = load_desired_state_text(sql, "schema.sql");
        REQUIRE(virtual_errors(s).empty());
        fit_to_server(s.catalog, major);
        std::string out;
        for (const auto& g : s.catalog.schemas.at("public").privileges) out += g.grantee + ":" + g.privilege + " ";
        return out;
    };
    CHECK(public_acl("CREATE TABLE t (a int);\n", 14) == "PUBLIC:CREATE PUBLIC:USAGE ");
    CHECK(public_acl("CREATE TABLE t (a int);\n", 15) == "PUBLIC:USAGE ");
    const char* revoked = "REVOKE CREATE ON SCHEMA public FROM PUBLIC;\n";
    CHECK(public_acl(revoked, 13) == "PUBLIC:USAGE ");
    CHECK(public_acl(revoked, 15) == "PUBLIC:USAGE ");
    CHECK(public_acl("REVOKE ALL ON SCHEMA public FROM PUBLIC;\n", 14) == "");
    CHECK(public_acl("CREATE ROLE app;\nGRANT USAGE ON SCHEMA public TO app;\n", 14) ==
          "PUBLIC:CREATE PUBLIC:USAGE app:USAGE ");
}
