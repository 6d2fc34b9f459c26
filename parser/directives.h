#pragma once
// `-- pgfleet:...` comments in desired-state files, each tied to the statement it annotates.
#include <string>
#include <utility>
#include <vector>

#include "parser/parser_state.h"
#include "parser/source_file.h"
#include "parser/sql_text.h"

namespace pgfleet {

// True when only whitespace precedes `offset` on its line.
bool starts_its_line(const std::string& text, int offset);

// Statement extents of a file as byte offsets [first token, end).
using StatementExtents = std::vector<std::pair<int, int>>;

// Every `pgfleet:` comment (`--` or `/* */`) of the file. A comment inside a statement, or
// after one on the same line, annotates that statement; any other comment annotates the next
// statement (none when no statement follows).
std::vector<SourceDirective> find_directives(const SourceFile& file, const StatementExtents& statements);

}  // namespace pgfleet
