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

// A psql variable interpolated as a literal (`:'pgfleet_secret_app_password'`): from the colon
// to the closing quote. `name` is the variable's name.
struct SqlVariable {
    int begin = 0, end = 0;
    std::string name;
};

struct SqlTextScan {
    std::vector<SqlComment> comments;
    std::vector<MetaCommand> meta_commands;
    std::vector<SqlVariable> variables;
};

// Comments and meta-commands of `text` (a `--` or a backslash inside a function body or a
// string literal is neither).
SqlTextScan scan_sql_text(const std::string& text);

// The comments alone.
std::vector<SqlComment> sql_comments(const std::string& text);

// `text` with every meta-command blanked out (spaces, same length, newlines kept), so the SQL
// parser sees only SQL and every offset still points into the original file.
std::string without_meta_commands(const std::string& text, const std::vector<MetaCommand>& commands);

// The first byte of a literal that `with_placeholder_literals` made of a variable: files that
// hold it are refused (parser/text_checks.h), so it marks nothing else.
constexpr char kPlaceholderMark = '\x1a';

// `text` with each variable `:'name'` made the literal `'<mark>name'` (same length), so the
// SQL parser reads it and the reader of the value can tell it from anything written.
std::string with_placeholder_literals(std::string text, const std::vector<SqlVariable>& variables);

}  // namespace pgfleet
