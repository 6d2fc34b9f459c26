#pragma once
// A view or materialized view.
#include <map>
#include <string>
#include <vector>

#include "catalog/expr.h"
#include "catalog/privilege.h"

namespace pgfleet {

// `query` compares by its bound, canonical form (columns qualified, * expanded), so the
// server's rewrite of the same query is equal. `columns` are the output column names.
// `options` are reloptions as "name=value" (security_invoker, security_barrier, check_option).
struct View {
    QualifiedName name;
    bool materialized = false;
    Expr query;
    std::vector<std::string> columns;
    std::vector<std::string> options;
    std::map<std::string, std::string> column_comments;
    // ALTER VIEW ... ALTER COLUMN SET DEFAULT (used by INSERTs through the view), and column
    // privileges (GRANT SELECT (c) ON view); columns without either are absent.
    std::map<std::string, Expr> column_defaults;
    std::map<std::string, Privileges> column_privileges;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const View&) const = default;
};

}  // namespace pgfleet
