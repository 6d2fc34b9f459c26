#pragma once
// OPTIONS (...) of foreign data wrappers, servers, user mappings and foreign tables, kept as
// "name=value" in the order declared; values of secret options only as a hash.
#include <string>
#include <vector>

#include "parser/statement_context.h"

namespace pgfleet {

// Applies a DefElem list: plain entries (CREATE) and ADD add an option, SET replaces its
// value, DROP removes it. Throws StatementError for a duplicate ADD or a missing SET/DROP.
void apply_generic_options(StatementContext& ctx, std::vector<std::string>& options, const pgast::Node& def_elems);

// The option's name ("host" of "host=db1").
std::string option_name(const std::string& option);
// The option's value ("db1" of "host=db1").
std::string option_value(const std::string& option);

}  // namespace pgfleet
