#pragma once
// check --verify: the desired state loaded into a throwaway local PostgreSQL, and every place
// where the parsed model differs from what PostgreSQL made of it.
#include <ostream>
#include <string>
#include <vector>

#include "parser/parser_state.h"

namespace pgfleet {

// Returns the exit code: 0 no difference, 2 differences (listed on `out`). Throws when the
// scratch server cannot start or PostgreSQL rejects the files. `settings` ("name=value") are
// session settings set before loading (what the schema's triggers read at load time).
int verify_desired_state(const std::string& schema, const ParserState& parsed, const std::vector<std::string>& settings,
                         std::ostream& out);

}  // namespace pgfleet
