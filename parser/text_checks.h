#pragma once
// A desired-state file is text: checks on its bytes before it is parsed, and what of its lines
// an error may show.
#include <optional>
#include <string>

namespace pgfleet {

struct TextProblem {
    int offset = 0;  // byte offset of the first bad byte
    std::string message;
};

// The first NUL byte or byte sequence that is not UTF-8, if any. (libpg_query reads a C string,
// so text after a NUL would be lost without a word.)
std::optional<TextProblem> find_text_problem(const std::string& text);

// Strips a leading UTF-8 byte order mark, as psql does; returns whether there was one.
bool strip_byte_order_mark(std::string& text);

// The line with control characters other than tab, and bytes that are not UTF-8, as '?', so it
// can be printed and written as JSON.
std::string printable_line(const std::string& line);

// The line with the contents of string literals that follow a secret option name (password,
// secret, token, ...) replaced by '*', byte for byte, so columns stay where they were.
std::string mask_secret_literals(const std::string& line);

// At most `width` characters of the line around 1-based character `column`, with "..." where
// it was cut; `column` is moved to the same character in the result.
std::string cut_line_around(const std::string& line, int& column, int width);

}  // namespace pgfleet
