#pragma once
// A CREATE RULE statement as the model compares it: the server prints rules (pg_get_ruledef)
// with relations qualified, INSERT column lists filled in, the target table's name on its
// columns and output column names spelled out; both sides are brought to that form.
#include "catalog/expr.h"
#include "parser/name_scope.h"
#include "pgast/node.h"

namespace pgfleet {

// `rule_stmt` is a RuleStmt body; the result's sql is a CREATE RULE statement.
Expr rule_definition(const NameScope& scope, const pgast::Node& rule_stmt);

// A rule's definition again after the rule was renamed to `rule_name`, or after a relation it
// names moved from `from` to `to` (pass equal names for none).
Expr renamed_rule_definition(const Catalog& catalog, const Expr& definition, const std::string& rule_name,
                             const QualifiedName& from, const QualifiedName& to);

}  // namespace pgfleet
