// Syntax newer than the parser's PostgreSQL 15: a located error naming the major it needs.
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
        const char* expect;
    };
    const Case cases[] = {
        {"CREATE TABLE t (a int, b tstzrange,\n  PRIMARY KEY (a, b WITHOUT OVERLAPS));\n", "PostgreSQL 18"},
        {"CREATE TABLE t (a int);\nALTER TABLE t ADD CONSTRAINT a_nn NOT NULL a;\n", "PostgreSQL 18"},
        {"CREATE TABLE t (a int GENERATED ALWAYS AS (1) STORED);\nALTER TABLE t ALTER COLUMN a SET EXPRESSION AS (2);\n",
         "PostgreSQL 17"},
        {"CREATE VIEW v AS SELECT * FROM JSON_TABLE('[]'::jsonb, '$[*]' COLUMNS (x int PATH '$.x'));\n", "PostgreSQL 17"},
        {"CREATE VIEW v AS SELECT '{}'::text IS JSON AS ok;\n", "PostgreSQL 16"},
        {"CREATE TABLE t (a int DEFAULT 0x1F);\n", "PostgreSQL 16"},
    };
    for (const auto& c : cases) {
        INFO(c.sql);
        std::string error = only_error(c.sql);
        INFO(error);
        CHECK(error.find("schema.sql:") == 0);
        CHECK(error.find(c.expect) != std::string::npos);
        CHECK(error.find("PostgreSQL 15's parser") != std::string::npos);
    }
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
