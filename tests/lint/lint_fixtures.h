#pragma once
// Lint fixtures: tests/lint/<rule>/<name>.sql, with `-- expect: rule[@line:col], ...` (or
// `none`) on a header line and an optional <name>.yaml holding a `lint:` section.
#include <filesystem>
#include <string>
#include <vector>

#include "lint/finding.h"
#include "lint/lint_config.h"

namespace pgfleet::testing {

struct ExpectedFinding {
    std::string rule;
    int line = 0, column = 0;  // 0: anywhere
};

struct LintFixture {
    std::string rule;  // the directory: the rule the fixture is for
    std::string name;  // "fail", "pass_exempt", ...
    std::filesystem::path sql;
    lint::LintConfig config;
    std::vector<ExpectedFinding> expected;
    bool has_directives = false;  // in-file suppressions, which a live database does not carry
    int needs_major = 0;          // "(needs PostgreSQL N)" on the first line: syntax older servers reject
    bool files_only = false;      // "(files only" on the first line: creates cluster objects (roles); a live test of its own
};

std::vector<LintFixture> lint_fixtures();

// The reported findings as comparable lines: "severity rule object: message" (no location).
std::vector<std::string> finding_lines(const std::vector<lint::Finding>& findings);

}  // namespace pgfleet::testing
