#pragma once
// Expressions from either side (user text or server text) -> Expr with sql, canonical, refs.
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"
#include "parser/name_scope.h"
#include "pgast/node.h"

namespace pgfleet {

struct ExprContext {
    const NameScope& scope;
    // Unqualified column references belong to this table (defaults, CHECK, index keys).
    std::optional<QualifiedName> table;
    // Added to node locations so errors point into the file.
    int location_base = 0;
    // The table when it is not in the catalog yet (CREATE TABLE in progress).
    const Table* table_model = nullptr;
    // The type the value is stored as (defaults, generated columns): an untyped literal takes it.
    std::string target_type;
};

// Builds the model form of an expression tree. Throws StatementError for unknown names.
Expr make_expr(const pgast::Node& raw, const ExprContext& context);

// A statement-shaped Expr (view queries, SQL function bodies): `sql` from the tree as the
// user wrote it (relations qualified), `canonical` from the bound tree (see query_binder.h).
Expr make_statement_expr(const pgast::Node& as_written, const pgast::Node& bound, const ExprContext& context,
                         const std::vector<ObjectKey>& refs);

// The canonical text of any tree (used for clauses that are not expressions, such as
// partition bounds).
std::string canonical_text(const pgast::Node& tree, const ExprContext& context);

// Parses expression text (server output such as pg_get_expr) and builds its Expr.
Expr make_expr_from_text(const std::string& text, const ExprContext& context);

// The model form of a whole statement (a rule's actions): qualified and canonical the same
// way as expressions; `sql` is the statement deparsed.
Expr make_statement_expr(const pgast::Node& stmt, const ExprContext& context);

// Distinct column names referenced by an expression, in order of first use.
std::vector<std::string> referenced_columns(const pgast::Node& raw);

}  // namespace pgfleet
