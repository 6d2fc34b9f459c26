#include "parser/sql_text.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace pgfleet {
namespace {

// End of a dollar-quote opening tag at `i` ("$$" or "$tag$"), or npos when `i` starts none.
size_t dollar_tag_end(const std::string& t, size_t i) {
    size_t j = i + 1;
    while (j < t.size() && (isalnum(static_cast<unsigned char>(t[j])) || t[j] == '_' ||
                            static_cast<unsigned char>(t[j]) >= 0x80))
        ++j;
    if (j < t.size() && t[j] == '$' && !(j > i + 1 && isdigit(static_cast<unsigned char>(t[i + 1])))) return j + 1;
    return std::string::npos;
}

size_t line_end(const std::string& t, size_t i) {
    size_t end = t.find('\n', i);
    return end == std::string::npos ? t.size() : end;
}

// A block comment starting at `i`: its end, and the end of its body (before the closing
// "*/", or the end of the text when it never closes). Block comments nest in PostgreSQL.
std::pair<size_t, size_t> block_comment_end(const std::string& t, size_t i) {
    size_t j = i + 2;
    int depth = 1;
    while (j < t.size() && depth > 0) {
        if (t.compare(j, 2, "/*") == 0) ++depth, j += 2;
        else if (t.compare(j, 2, "*/") == 0) --depth, j += 2;
        else ++j;
    }
    return {j, depth == 0 ? j - 2 : j};
}

// Past a quoted string or identifier starting at `i`. E'...' strings take backslash escapes;
// doubled quotes escape in every kind.
size_t quoted_end(const std::string& t, size_t i) {
    char c = t[i];
    bool backslash = c == '\'' && i > 0 && (t[i - 1] == 'E' || t[i - 1] == 'e');
    size_t j = i + 1;
    while (j < t.size()) {
        if (backslash && t[j] == '\\') j += 2;
        else if (t[j] == c && j + 1 < t.size() && t[j + 1] == c) j += 2;
        else if (t[j] == c) break;
        else ++j;
    }
    return j + 1;
}

}  // namespace

SqlTextScan scan_sql_text(const std::string& t) {
    SqlTextScan out;
    size_t i = 0;
    while (i < t.size()) {
        char c = t[i];
        if (c == '-' && t.compare(i, 2, "--") == 0) {
            size_t end = line_end(t, i);
            out.comments.push_back({static_cast<int>(i), static_cast<int>(end), t.substr(i + 2, end - i - 2)});
            i = end;
        } else if (c == '/' && t.compare(i, 2, "/*") == 0) {
            auto [j, body_end] = block_comment_end(t, i);
            out.comments.push_back({static_cast<int>(i), static_cast<int>(j), t.substr(i + 2, body_end - i - 2)});
            i = j;
        } else if (c == '\'' || c == '"') {
            i = quoted_end(t, i);
        } else if (c == '$' && (i == 0 || !(isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '_'))) {
            size_t tag_end = dollar_tag_end(t, i);
            if (tag_end == std::string::npos) {
                ++i;
                continue;
            }
            std::string tag = t.substr(i, tag_end - i);
            size_t close = t.find(tag, tag_end);
            i = close == std::string::npos ? t.size() : close + tag.size();
        } else if (c == ':' && t.compare(i, 2, ":'") == 0 && (i == 0 || t[i - 1] != ':')) {
            // psql's :'name' puts the variable's value here as a quoted literal.
            size_t end = quoted_end(t, i + 1);
            size_t close = std::min(end, t.size());
            out.variables.push_back({static_cast<int>(i), static_cast<int>(close),
                                     t.substr(i + 2, close > i + 3 ? close - i - 3 : 0)});
            i = end;
        } else if (c == '\\') {
            // psql reads a backslash outside quotes as a meta-command running to the line's end.
            size_t end = line_end(t, i);
            size_t name_end = i + 1;
            while (name_end < end && !isspace(static_cast<unsigned char>(t[name_end]))) ++name_end;
            out.meta_commands.push_back({static_cast<int>(i), static_cast<int>(end), t.substr(i + 1, name_end - i - 1)});
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}

std::vector<SqlComment> sql_comments(const std::string& text) { return scan_sql_text(text).comments; }

std::string without_meta_commands(const std::string& text, const std::vector<MetaCommand>& commands) {
    std::string out = text;
    for (const auto& m : commands)
        for (int i = m.begin; i < m.end; ++i)
            if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
    return out;
}

std::string with_placeholder_literals(std::string text, const std::vector<SqlVariable>& variables) {
    for (const auto& v : variables) {
        if (v.end - v.begin != static_cast<int>(v.name.size()) + 3) continue;  // unterminated
        text[v.begin] = '\'';
        text[v.begin + 1] = kPlaceholderMark;
        text.replace(v.begin + 2, v.name.size(), v.name);
        text[v.end - 1] = '\'';
    }
    return text;
}

}  // namespace pgfleet
