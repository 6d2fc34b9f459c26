#pragma once
// Reading DefElem option lists (WITH (...), sequence options, extension options).
#include <optional>
#include <string>
#include <vector>

#include "pgast/node.h"

namespace pgfleet {

// The value of a DefElem argument as text: numbers as written, strings unquoted,
// booleans true/false, a TypeName or name list joined with ".".
std::string def_arg_text(const pgast::Node& arg);

// The value as a 64-bit integer (Integer or Float node); throws std::invalid_argument.
long long def_arg_int(const pgast::Node& arg);

// "name=value" for each DefElem of a list (storage parameters), in the order written: the
// server keeps that order too.
std::vector<std::string> def_list_as_options(const pgast::Node& list);

}  // namespace pgfleet
