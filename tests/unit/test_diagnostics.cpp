#include <catch2/catch.hpp>

#include "parser/schema_loader.h"

using namespace pgfleet;

static std::vector<Diagnostic> errors_of(const ParserState& s) {
    std::vector<Diagnostic> out;
    for (const auto& d : s.diagnostics)
        if (d.severity == Severity::Error) out.push_back(d);
    return out;
}

TEST_CASE("syntax errors carry file, line, column and a caret; all are reported", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE a (id int);\nCREATE TABL b (id int);\n"
                                            "CREATE TABLE c (id int);\nCREATE TABLE d (id int,);\n",
                                            "schema.sql");
    auto errs = errors_of(s);
    REQUIRE(errs.size() == 2);
    CHECK(errs[0].location.path == "schema.sql");
    CHECK(errs[0].location.line == 2);
    CHECK(errs[0].location.column == 8);
    CHECK(errs[1].location.line == 4);
    std::string text = format_diagnostic(errs[0]);
    CHECK(text.find("schema.sql:2:8: error: syntax error at or near \"TABL\"") == 0);
    CHECK(text.find("\n    CREATE TABL b (id int);\n           ^") != std::string::npos);
    // The statements around the errors still count.
    CHECK(s.catalog.tables.count({"public", "a"}));
    CHECK(s.catalog.tables.count({"public", "c"}));
}

TEST_CASE("a reference to a missing object is a located error", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE a (id int);\n\nALTER TABLE missing ADD COLUMN x int;\n",
                                            "f.sql");
    auto errs = errors_of(s);
    REQUIRE(errs.size() == 1);
    CHECK(errs[0].code == "missing-object");
    CHECK(errs[0].location.line == 3);
    CHECK(errs[0].location.column == 13);
    CHECK(errs[0].message == "relation \"missing\" does not exist");
}

TEST_CASE("data statements are never silently dropped", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\nCOPY t FROM stdin;\n"
        "SELECT setval('s', 1);\nDO $$BEGIN END$$;\nSELECT 1;\n",
        "f.sql");
    std::vector<std::string> warned;
    for (const auto& d : s.diagnostics) {
        CHECK(d.severity == Severity::Warning);
        CHECK(d.code == "not-schema");
        warned.push_back(std::to_string(d.location.line));
    }
    CHECK(warned == std::vector<std::string>{"2", "3", "4", "5", "6"});
}

TEST_CASE("search_path decides where unqualified names go", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE SCHEMA app;\nSET search_path = app, public;\nCREATE TABLE t (id int);\n"
        "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.u (id int);\n"
        "CREATE TABLE v (id int);\n",
        "f.sql");
    CHECK(s.catalog.tables.count({"app", "t"}));
    CHECK(s.catalog.tables.count({"public", "u"}));
    auto errs = errors_of(s);
    REQUIRE(errs.size() == 1);
    CHECK(errs[0].location.line == 6);
    CHECK(errs[0].message == "no schema has been selected to create in");
}

TEST_CASE("later statements modify and remove what earlier ones created", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE TABLE t (id int, name text);\nALTER TABLE t DROP COLUMN name;\n"
        "ALTER TABLE t ADD COLUMN email text NOT NULL;\nCREATE TABLE gone (id int);\nDROP TABLE gone;\n"
        "ALTER TABLE t RENAME TO people;\n",
        "f.sql");
    REQUIRE(s.catalog.tables.count({"public", "people"}));
    const Table& t = s.catalog.tables.at({"public", "people"});
    REQUIRE(t.columns.size() == 2);
    CHECK(t.columns[1].name == "email");
    CHECK(t.columns[1].not_null);
    CHECK_FALSE(s.catalog.tables.count({"public", "gone"}));
}

TEST_CASE("psql meta-commands: pg_dump's \\restrict lines pass, others are located warnings", "[unit]") {
    ParserState s = load_desired_state_text(
        "\\restrict AbC123\n-- a dump\nCREATE TABLE t (id int);\n"
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT '\\x' $$;\n"
        "  \\connect other\nCREATE TABLE u (note text DEFAULT E'a\\'\\\\b');\n\\unrestrict AbC123\n",
        "dump.sql");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    CHECK(s.catalog.tables.count({"public", "t"}));
    CHECK(s.catalog.tables.count({"public", "u"}));
    REQUIRE(s.diagnostics.size() == 1);
    CHECK(s.diagnostics[0].code == "psql-meta-command");
    CHECK(s.diagnostics[0].location.line == 5);
    CHECK(s.diagnostics[0].location.column == 3);
    CHECK(s.diagnostics[0].message == "psql meta-command \\connect is not run by pgfleet; ignored");
}
