#pragma once
// check --verify: the desired state loaded into a throwaway local PostgreSQL, and every place
// where the parsed model differs from what PostgreSQL made of it.
#include <ostream>
#include <string>

#include "parser/parser_state.h"

namespace pgfleet {

// Returns the exit code: 0 no difference, 2 differences (listed on `out`). Throws when the
// scratch server cannot start or PostgreSQL rejects the files.
int verify_desired_state(const std::string& schema, const ParserState& parsed, std::ostream& out);

}  // namespace pgfleet
