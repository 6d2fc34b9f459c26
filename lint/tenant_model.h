#pragma once
// Which tables hold tenant rows, their tenant column, and how policy clauses scope rows.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "lint/lint_config.h"

namespace pgfleet::lint {

// How a policy clause limits rows to the current tenant.
enum class Scope {
    Scoped,     // implies tenant_column = <setting cast to the column's type>
    WrongForm,  // looks at the tenant column, but does not imply that comparison
    Unscoped,   // constant, or never looks at the tenant column
};

class TenantModel {
public:
    TenantModel(const Catalog& catalog, const LintConfig& config);

    // Tables the rules look at (ordinary and partitioned, not exempted from every rule), in
    // name order; with TenantTables::WithTenantColumn only those with the column.
    const std::vector<const Table*>& candidates() const { return candidates_; }
    // Candidates that have the tenant column: the tables every other rule checks.
    const std::vector<const Table*>& tables() const { return tables_; }
    bool is_tenant_table(const QualifiedName& table) const { return tenant_names_.count(table) > 0; }
    // The tenant column of a table, or null.
    const Column* tenant_column(const Table& table) const;
    // The type every tenant column should have: configured, else the most common one.
    const std::string& expected_type() const { return expected_type_; }

    // How a clause (a policy's USING or WITH CHECK on `table`) scopes rows.
    Scope scope_of(const Table& table, const Expr& clause) const;
    // True when a restrictive policy for every role, on `command` (or ALL), scopes the
    // clause kind (USING, or WITH CHECK when `check`) to the tenant: permissive policies
    // are AND-ed with it, so whatever they let through is still the tenant's own.
    bool restricted_to_tenant(const Table& table, const std::string& command, bool check) const;
    // The comparison policies should make on this table, as SQL.
    std::string expected_predicate(const Table& table) const;

    // The indexes of a table, in name order (looked up once for all, not per table).
    const std::vector<const Index*>& indexes_of(const QualifiedName& table) const;

    // True when the view reads tenant tables, directly or through other views.
    bool reads_tenant_rows(const View& view) const;

private:
    const std::set<std::string>& accepted_predicates(const Table& table) const;

    const Catalog& catalog_;
    const LintConfig& config_;
    std::vector<const Table*> candidates_, tables_;
    std::set<QualifiedName> tenant_names_;
    std::string expected_type_;
    std::map<QualifiedName, std::vector<const Index*>> indexes_by_table_;
    // Canonical forms of the accepted comparison, per table (they name the table's column).
    mutable std::map<QualifiedName, std::set<std::string>> accepted_;
};

}  // namespace pgfleet::lint
