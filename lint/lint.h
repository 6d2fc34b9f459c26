#pragma once
// Running the tenant-isolation rules over a catalog.
#include <vector>

#include "catalog/catalog.h"
#include "lint/finding.h"
#include "lint/lint_config.h"
#include "parser/parser_state.h"

namespace pgfleet::lint {

// Every finding of the enabled rules on a catalog (a live database or a snapshot): located by
// object only, config exemptions applied (exempted findings are kept, marked suppressed), sorted.
std::vector<Finding> run(const Catalog& catalog, const LintConfig& config);

// The same for a desired state: findings located file:line:col, in-file suppressions applied
// and checked.
std::vector<Finding> run(const ParserState& desired, const LintConfig& config);

struct Summary {
    int errors = 0;
    int warnings = 0;
    int suppressed = 0;
};

Summary summarize(const std::vector<Finding>& findings);

}  // namespace pgfleet::lint
