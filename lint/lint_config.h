#pragma once
// Settings of the tenant-isolation rules: the `lint:` section of pgfleet.yaml.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "lint/finding.h"

namespace pgfleet::lint {

// Which tables the rules treat as tenant tables.
enum class TenantTables {
    // Every table: one without the tenant column is a finding (tenant-column) unless it is
    // exempted, so a new table is never shared by accident.
    All,
    // Only tables that have the tenant column.
    WithTenantColumn,
};

// A table left out of some rules (of every rule when `rules` is empty), and why.
struct Exemption {
    QualifiedName table;
    std::set<std::string> rules;
    std::string reason;
};

struct LintConfig {
    std::string tenant_column = "tenant_id";
    // What policies compare the tenant column with, cast to the column's type.
    std::string tenant_setting = "current_setting('app.tenant_id')";
    // The type every tenant column must have (canonical, e.g. "uuid"); empty: the most common.
    std::string tenant_column_type;
    TenantTables tenant_tables = TenantTables::All;
    // Rule id -> severity; rules not named keep their default.
    std::map<std::string, RuleSeverity> severities;
    std::vector<Exemption> exemptions;

    // True when the table is exempted from every rule.
    bool fully_exempt(const QualifiedName& table) const;
    // The exemption covering this rule on this table, or null.
    const Exemption* exemption_for(const QualifiedName& table, const std::string& rule) const;
};

}  // namespace pgfleet::lint
