// Names PostgreSQL chooses for domain constraints and multirange types, and how the desired
// state reads the statements of those kinds.
#include <catch2/catch.hpp>

#include "parser/schema_loader.h"

using namespace pgfleet;

namespace {

ParserState load(const std::string& sql) {
    ParserState s = load_desired_state_text(sql, "f.sql");
    for (const auto& d : s.diagnostics) INFO(format_diagnostic(d));
    return s;
}

std::vector<std::string> constraint_names(const Domain& d) {
    std::vector<std::string> out;
    for (const auto& c : d.constraints) out.push_back(c.name);
    return out;
}

}  // namespace

TEST_CASE("unnamed domain checks are named <domain>_check, then numbered", "[unit]") {
    ParserState s = load("CREATE DOMAIN d AS int CHECK (VALUE > 0) CHECK (VALUE < 9);\n"
                         "ALTER DOMAIN d ADD CHECK (VALUE <> 3) NOT VALID;\n"
                         "CREATE TABLE t (a int, CONSTRAINT e_check CHECK (a > 0));\n"
                         "CREATE DOMAIN e AS int CHECK (VALUE > 0);\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    const Domain& d = s.catalog.domains.at({"public", "d"});
    CHECK(constraint_names(d) == std::vector<std::string>{"d_check", "d_check1", "d_check2"});
    CHECK_FALSE(d.constraints[2].validated);
    // Table constraints of the schema count too (ChooseConstraintName).
    CHECK(constraint_names(s.catalog.domains.at({"public", "e"})) == std::vector<std::string>{"e_check1"});
}

TEST_CASE("a range's multirange is named as PostgreSQL names it", "[unit]") {
    ParserState s = load("CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);\n"
                         "CREATE TYPE span AS RANGE (SUBTYPE = int4);\n"
                         "CREATE TYPE other AS RANGE (SUBTYPE = int8, MULTIRANGE_TYPE_NAME = others);\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    CHECK(s.catalog.range_types.at({"public", "floatrange"}).multirange.name == "floatmultirange");
    CHECK(s.catalog.range_types.at({"public", "span"}).multirange.name == "span_multirange");
    CHECK(s.catalog.range_types.at({"public", "other"}).multirange.name == "others");
    CHECK(s.catalog.has_type({"public", "span_multirange"}));
}

TEST_CASE("composite attributes follow ALTER TYPE, renames and comments", "[unit]") {
    ParserState s = load("CREATE TYPE c AS (a int, b text);\n"
                         "ALTER TYPE c ADD ATTRIBUTE z int, DROP ATTRIBUTE b, ALTER ATTRIBUTE a TYPE bigint;\n"
                         "ALTER TYPE c RENAME ATTRIBUTE z TO y;\n"
                         "COMMENT ON COLUMN c.y IS 'why';\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    const auto& attributes = s.catalog.composite_types.at({"public", "c"}).attributes;
    REQUIRE(attributes.size() == 2);
    CHECK(attributes[0].name == "a");
    CHECK(attributes[0].type == "bigint");
    CHECK(attributes[1].name == "y");
    CHECK(attributes[1].comment == "why");
}

TEST_CASE("renaming a type renames what stores it", "[unit]") {
    ParserState s = load("CREATE DOMAIN d AS int;\nCREATE TABLE t (a d, b d[]);\nALTER DOMAIN d RENAME TO e;\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    const Table& t = s.catalog.tables.at({"public", "t"});
    CHECK(t.find_column("a")->type == "public.e");
    CHECK(t.find_column("b")->type == "public.e[]");
}

TEST_CASE("IMPORT FOREIGN SCHEMA is refused with a located warning", "[unit]") {
    ParserState s = load("CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER s FOREIGN DATA WRAPPER w;\n"
                         "IMPORT FOREIGN SCHEMA remote FROM SERVER s INTO public;\n");
    REQUIRE(s.diagnostics.size() == 1);
    CHECK(s.diagnostics[0].code == "unsupported");
    CHECK(s.diagnostics[0].location.line == 3);
}

TEST_CASE("statements of other DefineStmt kinds are reported, not dropped", "[unit]") {
    ParserState s = load("CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq);\n");
    REQUIRE(s.diagnostics.size() == 1);
    CHECK(s.diagnostics[0].code == "unsupported");
    CHECK(s.diagnostics[0].message.find("CREATE OPERATOR") != std::string::npos);
}
