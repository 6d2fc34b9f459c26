// Files that are not clean text, secrets and long lines in echoed source, and trees nested past
// what pgfleet walks: located errors, never a crash or a silent truncation.
#include <catch2/catch.hpp>

#include "parser/schema_loader.h"
#include "parser/text_checks.h"

using namespace pgfleet;

namespace {

std::vector<std::string> errors(const std::string& text) {
    ParserState s = load_desired_state_text(text, "schema.sql");
    std::vector<std::string> out;
    for (const auto& d : s.diagnostics)
        if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("a NUL byte is a located error and nothing of the file is taken", "[unit]") {
    std::string text = std::string("CREATE TABLE a (x int);\nCREATE TABLE b (y int") + '\0' + ");\nCREATE TABLE c (z int);\n";
    ParserState s = load_desired_state_text(text, "schema.sql");
    REQUIRE(errors(text).size() == 1);
    CHECK(errors(text)[0].find("schema.sql:2:22: error: NUL byte") == 0);
    CHECK(s.catalog.tables.empty());
}

TEST_CASE("bytes that are not UTF-8 are a located error, shown printable", "[unit]") {
    for (const char* bad : {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"}) {
        std::string text = std::string("CREATE TABLE a (x int);\nCREATE TABLE \"b") + bad + "\" (y int);\n";
        auto found = errors(text);
        INFO((found.empty() ? std::string() : found[0]));
        REQUIRE(found.size() == 1);
        CHECK(found[0].find("schema.sql:2:16: error: invalid UTF-8") == 0);
        CHECK(found[0].find('\xff') == std::string::npos);
    }
    CHECK_FALSE(find_text_problem("CREATE TABLE \"é€😀\" (x int);"));
}

TEST_CASE("a byte order mark is skipped and columns count from after it", "[unit]") {
    auto found = errors("\xEF\xBB\xBF" "CREATE TABLE a (x int,, y int);\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].find("schema.sql:1:23:") == 0);
    CHECK(errors("\xEF\xBB\xBF" "CREATE TABLE a (x int);\n").empty());
}

TEST_CASE("secret literals are masked in echoed lines", "[unit]") {
    CHECK(mask_secret_literals("OPTIONS (user 'u', password 'hunter2''s', sslkey 'k')") ==
          "OPTIONS (user 'u', password '**********', sslkey '*')");
    CHECK(mask_secret_literals("CREATE ROLE r PASSWORD E'x' LOGIN") == "CREATE ROLE r PASSWORD E'*' LOGIN");
    CHECK(mask_secret_literals("COMMENT ON TABLE t IS 'password'") == "COMMENT ON TABLE t IS 'password'");
    auto found = errors("CREATE USER MAPPING FOR PUBLIC SERVER nope OPTIONS (user 'u', password 'hunter2');\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].find("hunter2") == std::string::npos);
}

TEST_CASE("a long line is shown around the error only", "[unit]") {
    std::string line = "CREATE TABLE a (" + std::string(5000, ' ') + "x int,, y int);";
    auto found = errors(line + "\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].size() < 500);
    CHECK(found[0].find("schema.sql:1:5023:") == 0);
    // The caret stands under the second comma of what is shown.
    std::string shown = found[0].substr(found[0].find('\n') + 1);
    std::string caret = shown.substr(shown.find('\n') + 1);
    CHECK(shown[caret.find('^')] == ',');
}

TEST_CASE("expressions nested past the limit are a located error, not a crash", "[unit]") {
    auto nested = [](int levels) {
        std::string nots;
        for (int i = 0; i < levels; ++i) nots += "NOT ";
        return "CREATE TABLE a (x int);\nCREATE TABLE b (x int CHECK (" + nots + "x > 0));\n";
    };
    CHECK(errors(nested(900)).empty());
    for (int levels : {1100, 5000}) {
        auto found = errors(nested(levels));
        REQUIRE(found.size() == 1);
        CHECK(found[0].find("schema.sql:2:1: error: nested too deeply") == 0);
    }
}
