// Deparsed expressions keep the grouping of what was parsed: an operand that is itself an
// operator expression comes back in parentheses wherever it needs them.
#include <catch2/catch.hpp>

#include "pgast/deparse.h"
#include "pgast/parse.h"

using namespace pgfleet;

static std::string round_trip(const std::string& text) {
    return pgast::deparse_expression(pgast::parse_expression(text));
}

// The tree without source positions.
static nlohmann::json shape(nlohmann::json n) {
    if (n.is_object()) {
        n.erase("location");
        for (auto& [k, v] : n.items()) v = shape(v);
    } else if (n.is_array()) {
        for (auto& v : n) v = shape(v);
    }
    return n;
}

TEST_CASE("deparsing keeps the parentheses operands need", "[unit]") {
    auto same_tree = [](const std::string& text) {
        INFO(text);
        std::string out = round_trip(text);
        INFO(out);
        CHECK(shape(pgast::parse_expression(out)) == shape(pgast::parse_expression(text)));
    };
    CHECK(round_trip("(now() AT TIME ZONE 'utc')::text") == "(now() AT TIME ZONE 'utc')::text");
    CHECK(round_trip("(a AND b) IS NULL") == "(a AND b) IS NULL");
    CHECK(round_trip("a = b") == "a = b");
    CHECK(round_trip("lower(a)") == "lower(a)");
    for (const char* text : {"(a = b) IS TRUE", "(a AND b) = ANY(x)", "(a < b) IS NOT DISTINCT FROM c",
                             "(a AT TIME ZONE 'x')::date", "-(a AT TIME ZONE 'utc')", "a AT TIME ZONE ('x' || 'y')",
                             "(a || b) AT TIME ZONE 'x'", "(a OR b) AND c", "(a + b) * c", "NOT (a AND b)",
                             "(x COLLATE \"C\")::text", "(a IS NULL)::int", "(a IN (SELECT 1)) = true",
                             "x BETWEEN (a + 1) AND 2", "substring((a || b) FROM 2)"})
        same_tree(text);
}
