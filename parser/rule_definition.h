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

}  // namespace pgfleet
