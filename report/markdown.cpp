#include "report/markdown.h"

#include <cstdio>

#include <algorithm>

namespace pgfleet::markdown {
namespace {

size_t longest_backtick_run(const std::string& text) {
    size_t longest = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

}  // namespace

std::string code(const std::string& text) {
    std::string ticks(longest_backtick_run(text) + 1, '`');
    // A span that starts or ends with a backtick needs a space inside its delimiters.
    bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
    std::string inner;
    for (char c : text) inner += c == '\n' ? ' ' : c;
    return ticks + (pad ? " " : "") + inner + (pad ? " " : "") + ticks;
}

std::string fenced(const std::string& language, const std::string& text) {
    std::string fence(std::max<size_t>(3, longest_backtick_run(text) + 1), '`');
    std::string body = text;
    if (!body.empty() && body.back() != '\n') body += '\n';
    return fence + language + "\n" + body + fence + "\n";
}

std::string cell(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
}

std::string html(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

std::string number(size_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string plural(size_t n, const std::string& word) { return number(n) + " " + word + (n == 1 ? "" : "s"); }

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

}  // namespace pgfleet::markdown
