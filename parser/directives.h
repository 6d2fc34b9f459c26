#pragma once
// `-- pgfleet:...` comments in desired-state files, each tied to the statement it annotates.
#include <string>
#include <utility>
#include <vector>

#include "parser/parser_state.h"
#include "parser/source_file.h"

namespace pgfleet {

// A comment of a file: byte offsets of the whole comment, and its text without -- or /* */.
struct SqlComment {
    int begin = 0, end = 0;
    std::string body;
};

// Comments, skipping string literals, quoted identifiers and dollar-quoted bodies (a `--`
// inside a function body is not a comment of the file).
std::vector<SqlComment> sql_comments(const std::string& text);

// True when only whitespace precedes `offset` on its line.
bool starts_its_line(const std::string& text, int offset);

// Statement extents of a file as byte offsets [first token, end).
using StatementExtents = std::vector<std::pair<int, int>>;

// Every `pgfleet:` comment (`--` or `/* */`) of the file. A comment inside a statement, or
// after one on the same line, annotates that statement; any other comment annotates the next
// statement (none when no statement follows).
std::vector<SourceDirective> find_directives(const SourceFile& file, const StatementExtents& statements);

}  // namespace pgfleet
