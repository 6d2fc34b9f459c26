#pragma once
// What a desired-state file holds besides SQL statements: comments and psql meta-commands,
// found by one scan that skips string literals, quoted identifiers and dollar-quoted bodies.
#include <string>
#include <vector>

namespace pgfleet {

// A comment of a file: byte offsets of the whole comment, and its text without -- or /* */.
struct SqlComment {
    int begin = 0, end = 0;
    std::string body;
};

// A psql meta-command (`\restrict KEY`, `\connect db`): from the backslash to the end of its
// line, as psql reads it. `name` is the command without its backslash ("restrict").
struct MetaCommand {
    int begin = 0, end = 0;
    std::string name;
};

struct SqlTextScan {
    std::vector<SqlComment> comments;
    std::vector<MetaCommand> meta_commands;
};

// Comments and meta-commands of `text` (a `--` or a backslash inside a function body or a
// string literal is neither).
SqlTextScan scan_sql_text(const std::string& text);

// The comments alone.
std::vector<SqlComment> sql_comments(const std::string& text);

// `text` with every meta-command blanked out (spaces, same length, newlines kept), so the SQL
// parser sees only SQL and every offset still points into the original file.
std::string without_meta_commands(const std::string& text, const std::vector<MetaCommand>& commands);

}  // namespace pgfleet
