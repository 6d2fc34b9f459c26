#include "parser/text_checks.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "catalog/foreign_data.h"

namespace pgfleet {
namespace {

// Length of the UTF-8 sequence at `i` (RFC 3629: no overlong forms, surrogates or code points
// above U+10FFFF), or 0 when it is not one.
size_t utf8_sequence(const std::string& s, size_t i) {
    auto byte = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
    unsigned c = byte(i);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned c1 = byte(i + 1);
        if (c == 0xE0 && c1 < 0xA0) return 0;
        if (c == 0xED && c1 > 0x9F) return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned c1 = byte(i + 1);
        if (c == 0xF0 && c1 < 0x90) return 0;
        if (c == 0xF4 && c1 > 0x8F) return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::vector<size_t> character_starts(const std::string& s) {
    std::vector<size_t> out;
    for (size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    return out;
}

}  // namespace

std::optional<TextProblem> find_text_problem(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        if (text[i] == '\0')
            return TextProblem{static_cast<int>(i), "NUL byte in the file: a desired-state file must be text"};
        // The byte that marks a secret placeholder once read (parser/sql_text.h).
        if (text[i] == '\x1a')
            return TextProblem{static_cast<int>(i), "control character 0x1A in the file: a desired-state file must be text"};
        size_t n = utf8_sequence(text, i);
        if (n == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[i]));
            return TextProblem{static_cast<int>(i),
                               std::string("invalid UTF-8 (byte ") + hex + "): a desired-state file must be UTF-8"};
        }
        i += n;
    }
    return std::nullopt;
}

bool strip_byte_order_mark(std::string& text) {
    if (text.rfind("\xEF\xBB\xBF", 0) != 0) return false;
    text.erase(0, 3);
    return true;
}

std::string printable_line(const std::string& line) {
    std::string out;
    for (size_t i = 0; i < line.size();) {
        size_t n = utf8_sequence(line, i);
        unsigned char c = static_cast<unsigned char>(line[i]);
        if (n == 0 || (c < 0x20 && c != '\t') || c == 0x7F) {
            out += '?';
            ++i;
            continue;
        }
        out.append(line, i, n);
        i += n;
    }
    return out;
}

std::string mask_secret_literals(const std::string& line) {
    std::string out = line;
    std::string last_word;
    for (size_t i = 0; i < out.size(); ++i) {
        if (is_word_char(out[i])) {
            size_t start = i;
            while (i < out.size() && is_word_char(out[i])) ++i;
            std::string word = out.substr(start, i - start);
            // E'...' is a literal too: its E is not the word before it.
            if (!(i < out.size() && out[i] == '\'' && (word == "E" || word == "e"))) last_word = word;
            --i;
            continue;
        }
        if (out[i] != '\'') {
            if (!std::isspace(static_cast<unsigned char>(out[i])) && out[i] != '=') last_word.clear();
            continue;
        }
        size_t end = i + 1;
        while (end < out.size() && !(out[end] == '\'' && !(end + 1 < out.size() && out[end + 1] == '\''))) {
            end += out[end] == '\'' ? 2 : 1;
        }
        if (!last_word.empty() && is_secret_option(last_word))
            for (size_t k = i + 1; k < end && k < out.size(); ++k) out[k] = '*';
        last_word.clear();
        i = end;
    }
    return out;
}

std::string cut_line_around(const std::string& line, int& column, int width) {
    std::vector<size_t> starts = character_starts(line);
    int chars = static_cast<int>(starts.size());
    if (chars <= width) return line;
    int half = width / 2;
    int first = std::max(0, std::min(column - 1 - half, chars - width));
    int last = std::min(chars, first + width);
    std::string out = first > 0 ? "..." : "";
    size_t from = starts[first];
    size_t to = last < chars ? starts[last] : line.size();
    out += line.substr(from, to - from);
    if (last < chars) out += "...";
    column = column - first + (first > 0 ? 3 : 0);
    return out;
}

}  // namespace pgfleet
