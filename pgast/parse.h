#pragma once
// Parsing SQL text into libpg_query JSON trees.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

using Node = nlohmann::json;

// One top-level statement: its tree and where it sits in the parsed text (bytes).
// Node locations inside `stmt` are relative to `base` (the text that was parsed with it).
struct RawStatement {
    Node stmt;
    int offset = 0;
    int length = 0;
    int base = 0;
};

// A syntax error at a byte offset of the parsed text.
struct SyntaxError {
    std::string message;
    int offset = 0;
};

struct ParseOutput {
    std::vector<RawStatement> statements;
    std::vector<SyntaxError> errors;
};

// Parses a whole script. On a syntax error the script is split into statements and each is
// parsed alone, so every error of the script is reported and the good statements are kept.
ParseOutput parse_sql(const std::string& text);

// Parses one expression (as `SELECT <expr>`); throws std::runtime_error on bad syntax.
Node parse_expression(const std::string& text);

// Parses one type name (as `SELECT NULL::<type>`); throws std::runtime_error on bad syntax.
Node parse_type_name(const std::string& text);

// Parses exactly one statement; throws std::runtime_error on bad syntax or several statements.
Node parse_statement(const std::string& text);

}  // namespace pgfleet::pgast
