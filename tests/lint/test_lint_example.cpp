// The acceptance checks offline: the bundled example is clean; the broken copy gives exactly
// its three findings, located. Also the lint configuration and suppression comments.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "fleet/config.h"
#include "fleet/config_lint.h"
#include "lint/lint.h"
#include "lint/report.h"
#include "parser/schema_loader.h"
#include "tests/lint/example_copy.h"

using namespace pgfleet;
using namespace pgfleet::testing;

namespace {

std::vector<lint::Finding> check_dir(const std::string& dir) {
    ParserState state = load_desired_state(dir);
    REQUIRE_FALSE(has_errors(state.diagnostics));
    return lint::run(state, lint::LintConfig{});
}

std::string lint_error(const std::string& yaml) {
    try {
        parse_fleet_config("schema: s\nclusters: [{name: a, url: 'host=/tmp'}]\ntenants: {pattern: t_%}\n" + yaml,
                           "pgfleet.yaml");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("lint: the bundled example has no findings", "[unit]") {
    auto findings = check_dir(bundled_example_dir());
    INFO(lint::render_text(findings));
    CHECK(findings.empty());
}

TEST_CASE("lint: the broken copy gives exactly its three findings, located", "[unit]") {
    std::string dir = broken_example_copy();
    auto findings = check_dir(dir);
    INFO(lint::render_text(findings));
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].rule == "policy-coverage");
    CHECK(lint::object_name(findings[0]) == "table public.approvals");
    CHECK(findings[0].location.path == dir + "/40_approvals.sql");
    CHECK(findings[0].location.line == 2);
    CHECK(findings[0].location.column == 14);
    // Pointed at the ENABLE statement, where FORCE belongs.
    CHECK(findings[1].rule == "rls-forced");
    CHECK(lint::object_name(findings[1]) == "table public.audit_log");
    CHECK(findings[1].location.path == dir + "/50_audit_log.sql");
    CHECK(findings[1].source_line == "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;");
    CHECK(findings[1].location.column == 1);
    CHECK(findings[2].rule == "tenant-column");
    CHECK(lint::object_name(findings[2]) == "table public.daily_rollups");
    CHECK(findings[2].location.path == dir + "/60_daily_rollups.sql");
    CHECK(findings[2].location.line == 2);
    for (const auto& f : findings) CHECK(f.severity == lint::RuleSeverity::Error);
    std::string text = lint::render_text(findings);
    CHECK(text.find(dir + "/50_audit_log.sql:") != std::string::npos);
    CHECK(text.find("tenant isolation: 3 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("lint: the same input gives the same bytes", "[unit]") {
    std::string dir = broken_example_copy();
    auto a = check_dir(dir), b = check_dir(dir);
    CHECK(lint::render_json(a) == lint::render_json(b));
    CHECK(lint::render_markdown(a) == lint::render_markdown(b));
    auto json = nlohmann::json::parse(lint::render_json(a));
    CHECK(json["summary"]["errors"] == 3);
    CHECK(json["findings"][1]["rule"] == "rls-forced");
    CHECK(json["findings"][1]["key"]["name"] == "audit_log");
}

TEST_CASE("lint: configuration read from the fleet file, mistakes located", "[unit]") {
    FleetConfig c = parse_fleet_config(R"(schema: s
clusters: [{name: a, url: 'host=/tmp'}]
tenants: {pattern: t_%}
lint:
  tenant_column: org_id
  tenant_setting: current_setting('app.org')
  tenant_column_type: bigint
  tenant_tables: with_tenant_column
  rules: {tenant-index: off, rls-forced: warning}
  exempt:
    - table: ref.countries
      reason: shared
    - table: '"Odd"'
      rules: [tenant-column]
      reason: legacy
)",
                                       "pgfleet.yaml");
    CHECK(c.lint.tenant_column == "org_id");
    CHECK(c.lint.tenant_setting == "current_setting('app.org')");
    CHECK(c.lint.tenant_column_type == "bigint");
    CHECK(c.lint.tenant_tables == lint::TenantTables::WithTenantColumn);
    CHECK(c.lint.severities.at("tenant-index") == lint::RuleSeverity::Off);
    CHECK(c.lint.severities.at("rls-forced") == lint::RuleSeverity::Warning);
    REQUIRE(c.lint.exemptions.size() == 2);
    CHECK(c.lint.fully_exempt({"ref", "countries"}));
    CHECK(c.lint.exemption_for({"public", "Odd"}, "tenant-column"));
    CHECK_FALSE(c.lint.exemption_for({"public", "Odd"}, "rls-forced"));

    CHECK(lint_error("lint: {rules: {rls-forcd: off}}").find("pgfleet.yaml:4:16: error: unknown rule 'rls-forcd'") == 0);
    CHECK(lint_error("lint: {rules: {rls-forced: loud}}").find("severity is error, warning or off") != std::string::npos);
    CHECK(lint_error("lint: {exempt: [{table: t}]}").find("an exemption needs a reason") != std::string::npos);
    CHECK(lint_error("lint: {tenant_colum: x}").find("unknown key 'tenant_colum' in lint") != std::string::npos);
    CHECK(lint_error("lint: {tenant_tables: some}").find("all or with_tenant_column") != std::string::npos);
}

TEST_CASE("lint: check and plan read only the lint section of a configuration", "[unit]") {
    std::string path = (std::filesystem::temp_directory_path() / ("pgfleet-lint-cfg-" + std::to_string(getpid()) + ".yaml")).string();
    std::ofstream(path) << "lint:\n  rules:\n    tenant-index: off\n";
    CHECK(load_lint_config(path).severities.at("tenant-index") == lint::RuleSeverity::Off);
    std::ofstream(path) << "lint: {}\nclusterz: []\n";
    CHECK_THROWS_WITH(load_lint_config(path), Catch::Contains("unknown key 'clusterz'"));
    std::filesystem::remove(path);
}

TEST_CASE("lint: suppression comments attach to their statement; quoted text is not a comment", "[unit]") {
    ParserState s = load_desired_state_text(R"(CREATE TABLE a (x text DEFAULT '-- pgfleet:allow tenant-column: in a string');
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1 /* pgfleet:allow x */ $body$;
CREATE TABLE b (  -- pgfleet:allow tenant-column: inside the statement
    x int
);
CREATE TABLE c (x int);  -- pgfleet:allow tenant-column: trailing
/* pgfleet:allow tenant-column: before the statement */
CREATE TABLE d (x int);
-- pgfleet:allow tenant-column:
CREATE TABLE e (x int);
)",
                                            "s.sql");
    REQUIRE(s.directives.size() == 4);
    CHECK(s.directives[0].statement_begin.line == 3);
    CHECK(s.directives[1].statement_begin.line == 6);
    CHECK(s.directives[2].statement_begin.line == 8);
    CHECK(s.directives[3].statement_begin.line == 10);
    auto findings = lint::run(s, lint::LintConfig{});
    INFO(lint::render_text(findings));
    std::vector<std::string> reported;
    for (const auto& f : findings)
        if (f.reported()) reported.push_back(f.rule + " " + std::to_string(f.location.line));
    // a has no suppression; e's has no reason (still applied, itself a finding).
    CHECK(reported == std::vector<std::string>{"tenant-column 1", "suppression 9"});
    CHECK(lint::summarize(findings).suppressed == 4);
}
