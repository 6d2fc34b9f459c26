// Every rule has failing and passing fixtures (tests/lint/<rule>/); each fixture gives exactly
// the findings its `-- expect:` line names, located where it says.
#include <catch2/catch.hpp>

#include <set>

#include "lint/lint.h"
#include "lint/report.h"
#include "lint/rule.h"
#include "parser/schema_loader.h"
#include "tests/lint/lint_fixtures.h"

using namespace pgfleet;
using pgfleet::testing::lint_fixtures;

TEST_CASE("lint: every rule has a failing and a passing fixture", "[unit]") {
    std::set<std::string> failing, passing, dirs;
    for (const auto& f : lint_fixtures()) {
        dirs.insert(f.rule);
        bool fails = std::any_of(f.expected.begin(), f.expected.end(), [&](const auto& e) { return e.rule == f.rule; });
        (fails ? failing : passing).insert(f.rule);
    }
    for (const lint::Rule* r : lint::all_rules()) {
        INFO(r->id);
        CHECK(failing.count(r->id));
        CHECK(passing.count(r->id));
        dirs.erase(r->id);
    }
    INFO("fixture directories that name no rule");
    CHECK(dirs.empty());
}

TEST_CASE("lint: fixtures give exactly the expected findings", "[unit]") {
    for (const auto& f : lint_fixtures()) {
        DYNAMIC_SECTION(f.rule + "/" + f.name) {
            ParserState state = load_desired_state(f.sql.string());
            std::string diagnostics;
            for (const auto& d : state.diagnostics) diagnostics += format_diagnostic(d) + "\n";
            INFO(diagnostics);
            REQUIRE_FALSE(has_errors(state.diagnostics));
            std::vector<lint::Finding> found = lint::run(state, f.config);
            INFO(lint::render_text(found));
            std::multiset<std::string> want, got;
            for (const auto& e : f.expected) want.insert(e.rule);
            for (const auto& x : found)
                if (x.reported()) got.insert(x.rule);
            // Each expected rule at least once, and no other rule.
            CHECK(std::set<std::string>(want.begin(), want.end()) == std::set<std::string>(got.begin(), got.end()));
            for (const auto& e : f.expected) {
                if (!e.line) continue;
                bool at = std::any_of(found.begin(), found.end(), [&](const lint::Finding& x) {
                    return x.reported() && x.rule == e.rule && x.location.line == e.line && x.location.column == e.column;
                });
                INFO(e.rule << " expected at " << e.line << ":" << e.column);
                CHECK(at);
            }
            for (const auto& x : found) {
                INFO(x.rule << " " << x.message);
                CHECK(x.location.path == f.sql.string());  // every finding of a file is located
            }
        }
    }
}
