// Syntax newer than the parser's PostgreSQL major (15 on Debian 12, 17 on Debian 13): a
// located error naming the major it needs; syntax the parser reads loads without error.
#include <catch2/catch.hpp>

#include "parser/schema_loader.h"
#include "pgast/newer_syntax.h"

using namespace pgfleet;

namespace {

// The one error of a file, formatted.
std::string only_error(const std::string& text) {
    ParserState s = load_desired_state_text(text, "schema.sql");
    std::string out;
    int errors = 0;
    for (const auto& d : s.diagnostics)
        if (d.severity == Severity::Error) {
            out = format_diagnostic(d);
            ++errors;
        }
    CHECK(errors == 1);
    return out;
}

}  // namespace

TEST_CASE("newer syntax in a desired state is located and names its PostgreSQL version", "[unit]") {
    struct Case {
        const char* sql;
        int major;
    };
    const Case cases[] = {
        {"CREATE TABLE t (a int, b tstzrange,\n  PRIMARY KEY (a, b WITHOUT OVERLAPS));\n", 18},
        {"CREATE TABLE t (a int);\nALTER TABLE t ADD CONSTRAINT a_nn NOT NULL a;\n", 18},
        {"CREATE TABLE t (a int GENERATED ALWAYS AS (1) STORED);\nALTER TABLE t ALTER COLUMN a SET EXPRESSION AS (2);\n",
         17},
        {"CREATE VIEW v AS SELECT * FROM JSON_TABLE('[]'::jsonb, '$[*]' COLUMNS (x int PATH '$.x'));\n", 17},
        {"CREATE VIEW v AS SELECT '{}'::text IS JSON AS ok;\n", 16},
        {"CREATE TABLE t (a int DEFAULT 0x1F);\n", 16},
    };
    const std::string parser = "PostgreSQL " + std::to_string(pgast::parser_major()) + "'s parser";
    int rejected = 0;
    for (const auto& c : cases) {
        INFO(c.sql);
        if (c.major <= pgast::parser_major()) {
            ParserState s = load_desired_state_text(c.sql, "schema.sql");
            for (const auto& d : s.diagnostics) {
                INFO(format_diagnostic(d));
                CHECK(d.severity != Severity::Error);
            }
            continue;
        }
        ++rejected;
        std::string error = only_error(c.sql);
        INFO(error);
        CHECK(error.find("schema.sql:") == 0);
        CHECK(error.find("PostgreSQL " + std::to_string(c.major)) != std::string::npos);
        CHECK(error.find(parser) != std::string::npos);
    }
    CHECK(rejected >= 2);  // 18's syntax, for every parser pgfleet builds with
}

TEST_CASE("a plain syntax error is not blamed on a newer version", "[unit]") {
    std::string error = only_error("CREATE TABLE t (a int,, b int);\n");
    CHECK(error.find("schema.sql:1:") == 0);
    CHECK(error.find("PostgreSQL 1") == std::string::npos);
}

TEST_CASE("the line and column of newer syntax point into the statement", "[unit]") {
    std::string error = only_error("-- two statements\nCREATE TABLE a (x int);\nCREATE TABLE t (a int, b tstzrange,\n  PRIMARY KEY (a, b WITHOUT OVERLAPS));\n");
    INFO(error);
    CHECK(error.find("schema.sql:4:") == 0);
}
