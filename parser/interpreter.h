#pragma once
// Runs desired-state SQL statement by statement over an in-memory catalog.
#include <string>

#include "parser/parser_state.h"
#include "parser/source_file.h"

namespace pgfleet {

// Parses `file` and applies each statement to `state`. Syntax errors, unknown objects and
// unsupported statements become located diagnostics; a failing statement changes nothing.
void interpret_file(ParserState& state, const SourceFile& file);

}  // namespace pgfleet
