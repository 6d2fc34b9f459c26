#pragma once
// Desired states with DO blocks: what only a server can run (a function or extension made
// inside DO, a conditional ALTER) is run on a local throwaway PostgreSQL, never on a target,
// and the model is what PostgreSQL made of the files. Files without DO keep the parser alone.
#include <ostream>
#include <string>
#include <vector>

#include "parser/parser_state.h"

namespace pgfleet {

// With DO blocks in the files, a statement naming an object the parser has not seen may name
// what a DO block creates: its "missing-object" error becomes a warning, and PostgreSQL, which
// runs the files on the local server, judges it. Does nothing without DO blocks.
void defer_to_elaboration(ParserState& state);

// Replaces `state.catalog` with the catalog a scratch server makes of `schema` when the files
// hold DO blocks, and says so on `note`; does nothing otherwise. `settings` ("name=value")
// are set before loading. Throws when the scratch server cannot start or rejects the files.
void elaborate_do_blocks(ParserState& state, const std::string& schema, const std::vector<std::string>& settings,
                         std::ostream& note);

}  // namespace pgfleet
