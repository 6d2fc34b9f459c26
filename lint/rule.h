#pragma once
// A tenant-isolation rule: a stable id, why it exists, its default severity, and its check.
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "lint/finding.h"
#include "lint/lint_config.h"
#include "lint/tenant_model.h"
#include "parser/parser_state.h"

namespace pgfleet::lint {

// What every check sees. Checks only describe problems; the runner sets rule id and severity,
// locates findings and applies exemptions and suppressions.
struct RuleContext {
    const Catalog& catalog;
    const LintConfig& config;
    const TenantModel& tenants;
    // Objects the model does not represent (operators...): located in a desired state, from
    // the catalog's unmodeled list (unlocated) in a database.
    const std::vector<IgnoredObject>& ignored;
};

using RuleCheck = void (*)(const RuleContext&, std::vector<Finding>&);

struct Rule {
    const char* id;
    const char* rationale;
    RuleSeverity default_severity;
    // Null for the rule the runner reports itself (about suppression comments).
    RuleCheck check;
};

// Every rule, in the order the README lists them.
const std::vector<const Rule*>& all_rules();
// The rule with this id, or null.
const Rule* find_rule(const std::string& id);

// Adds a finding about `object` of tenant table `table`, located at the first of `settings`
// the source has, else at the object, else at the table.
Finding& report(std::vector<Finding>& out, const ObjectKey& object, const QualifiedName& table, std::string message,
                std::vector<std::string> settings = {});
// The same for an object that belongs to no tenant table.
Finding& report(std::vector<Finding>& out, const ObjectKey& object, std::string message,
                std::vector<std::string> settings = {});

}  // namespace pgfleet::lint
