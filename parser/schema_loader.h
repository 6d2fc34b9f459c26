#pragma once
// Loading the desired state: a .sql file or a directory of them, in path order.
#include <string>
#include <vector>

#include "parser/parser_state.h"

namespace pgfleet {

// The desired files, listed for a path: the file itself, or every *.sql under a directory
// (recursively), sorted by path. Throws std::runtime_error when the path cannot be read.
std::vector<std::string> desired_state_files(const std::string& path);

// What the files would produce in an empty database, with every diagnostic of the run.
ParserState load_desired_state(const std::string& path);

// The same for SQL text held in memory; `name` is used in diagnostics.
ParserState load_desired_state_text(const std::string& text, const std::string& name);

}  // namespace pgfleet
