#pragma once
// pgfleet parses SQL with the parser of the libpg_query it was built with (PostgreSQL 15 on
// Debian 12, 17 on Debian 13). Syntax that newer majors added is a syntax error to it; this
// names what the text uses and the major it needs, so the error says so instead of only
// "syntax error at or near ...".
#include <optional>
#include <string>

namespace pgfleet::pgast {

struct NewerSyntax {
    int major;            // the first PostgreSQL major that reads it
    std::string feature;  // what it is, e.g. "WITHOUT OVERLAPS in keys"
};

// The PostgreSQL major whose grammar the parser is.
int parser_major();

// The newer syntax around a syntax error at byte `error_offset` of `text`, if any is known.
std::optional<NewerSyntax> newer_syntax_at(const std::string& text, int error_offset);

// The error message with, when newer syntax is found there, what it is and the major it needs.
std::string explain_syntax_error(const std::string& message, const std::string& text, int error_offset);

}  // namespace pgfleet::pgast
