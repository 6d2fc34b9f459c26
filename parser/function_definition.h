#pragma once
// CREATE FUNCTION / CREATE PROCEDURE trees -> Function.
#include "catalog/function.h"
#include "parser/statement_context.h"

namespace pgfleet {

// Builds the model of a routine from a CreateFunctionStmt body (user text or the server's
// pg_get_functiondef output, so both sides go through the same code).
Function build_function(StatementContext& ctx, const pgast::Node& create_function);

// Applies ALTER FUNCTION options (VOLATILE, STRICT, SECURITY DEFINER, SET ..., COST ...) or
// the same options of CREATE FUNCTION.
void apply_function_option(StatementContext& ctx, Function& f, const pgast::Node& def_elem);

// A SQL-standard body (a ReturnStmt or the BEGIN ATOMIC list of a CreateFunctionStmt) of `f`.
Expr standard_sql_body(StatementContext& ctx, const Function& f, const pgast::Node& body);

// proconfig's spelling of a SET clause: "search_path=public, pg_temp".
std::string config_entry(const pgast::Node& variable_set_stmt);

}  // namespace pgfleet
