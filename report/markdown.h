#pragma once
// Markdown pieces that stay intact whatever they hold: code spans and fences that no
// backtick in the text can close, table cells without pipes or newlines, HTML-escaped text.
#include <string>

namespace pgfleet::markdown {

// `text` as an inline code span.
std::string code(const std::string& text);
// A fenced code block in `language`, ending with a newline.
std::string fenced(const std::string& language, const std::string& text);
// Text for one table cell.
std::string cell(const std::string& text);
// Text inside HTML elements (<summary>): &, < and > escaped.
std::string html(const std::string& text);
// "1,000"
std::string number(size_t n);
// "1 tenant", "1,000 tenants"
std::string plural(size_t n, const std::string& word);
// "4.20 s"
std::string seconds(double s);

}  // namespace pgfleet::markdown
