#pragma once
// Turning libpg_query JSON trees back into SQL text (libpg_query's deparser).
#include <string>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

// SQL text of one statement node (e.g. {"CreateStmt": {...}}); throws on failure.
std::string deparse_statement(const nlohmann::json& stmt);

// SQL text of one expression node.
std::string deparse_expression(const nlohmann::json& expr);

// SQL text of a TypeName node, e.g. "varchar(20)[]".
std::string deparse_type_name(const nlohmann::json& type_name);

}  // namespace pgfleet::pgast
