#pragma once
// Desired states with DO blocks: what only a server can run (a function or extension made
// inside DO, a conditional ALTER) is run on a local throwaway PostgreSQL, never on a target,
// and the model is what PostgreSQL made of the files. Files without DO keep the parser alone.
#include <ostream>
#include <string>
#include <vector>

#include "parser/parser_state.h"

namespace pgfleet {

// Replaces `state.catalog` with the catalog a scratch server makes of `schema` when the files
// hold DO blocks, and says so on `note`; does nothing otherwise. `settings` ("name=value")
// are set before loading. Throws when the scratch server cannot start or rejects the files.
void elaborate_do_blocks(ParserState& state, const std::string& schema, const std::vector<std::string>& settings,
                         std::ostream& note);

}  // namespace pgfleet
