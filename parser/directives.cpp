#include "parser/directives.h"

#include <cctype>

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

}  // namespace

std::vector<SqlComment> sql_comments(const std::string& t) {
    std::vector<SqlComment> out;
    size_t i = 0;
    while (i < t.size()) {
        char c = t[i];
        if (c == '-' && t.compare(i, 2, "--") == 0) {
            size_t end = t.find('\n', i);
            if (end == std::string::npos) end = t.size();
            out.push_back({static_cast<int>(i), static_cast<int>(end), t.substr(i + 2, end - i - 2)});
            i = end;
        } else if (c == '/' && t.compare(i, 2, "/*") == 0) {
            // Block comments nest in PostgreSQL.
            size_t j = i + 2;
            int depth = 1;
            while (j < t.size() && depth > 0) {
                if (t.compare(j, 2, "/*") == 0) ++depth, j += 2;
                else if (t.compare(j, 2, "*/") == 0) --depth, j += 2;
                else ++j;
            }
            size_t body_end = depth == 0 ? j - 2 : j;
            out.push_back({static_cast<int>(i), static_cast<int>(j), t.substr(i + 2, body_end - i - 2)});
            i = j;
        } else if (c == '\'' || c == '"') {
            // E'...' strings take backslash escapes; doubled quotes escape in every kind.
            bool backslash = c == '\'' && i > 0 && (t[i - 1] == 'E' || t[i - 1] == 'e');
            size_t j = i + 1;
            while (j < t.size()) {
                if (backslash && t[j] == '\\') j += 2;
                else if (t[j] == c && j + 1 < t.size() && t[j + 1] == c) j += 2;
                else if (t[j] == c) break;
                else ++j;
            }
            i = j + 1;
        } else if (c == '$' && (i == 0 || !(isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '_'))) {
            size_t tag_end = dollar_tag_end(t, i);
            if (tag_end == std::string::npos) {
                ++i;
                continue;
            }
            std::string tag = t.substr(i, tag_end - i);
            size_t close = t.find(tag, tag_end);
            i = close == std::string::npos ? t.size() : close + tag.size();
        } else {
            ++i;
        }
    }
    return out;
}

namespace {

std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

}  // namespace

bool starts_its_line(const std::string& t, int offset) {
    for (int i = offset - 1; i >= 0 && t[i] != '\n'; --i)
        if (!isspace(static_cast<unsigned char>(t[i]))) return false;
    return true;
}

std::vector<SourceDirective> find_directives(const SourceFile& file, const StatementExtents& statements) {
    static const std::string kPrefix = "pgfleet:";
    const std::string& text = file.text();
    std::vector<SourceDirective> out;
    for (const auto& comment : sql_comments(text)) {
        std::string body = trim(comment.body);
        if (body.compare(0, kPrefix.size(), kPrefix) != 0) continue;
        // Rename hints are read by the interpreter (rename_hints.h), not kept as directives.
        if (trim(body.substr(kPrefix.size())).rfind("renamed-from", 0) == 0) continue;
        SourceDirective d;
        d.text = trim(body.substr(kPrefix.size()));
        d.location = file.locate(comment.begin);
        d.source_line = file.line_text(d.location.line);
        const std::pair<int, int>* target = nullptr;
        for (const auto& s : statements) {
            bool inside = comment.begin >= s.first && comment.begin < s.second;
            // Trailing on the line where the statement ends: `CREATE ...; -- pgfleet:...`.
            bool trailing = comment.begin >= s.second && !starts_its_line(text, comment.begin) &&
                            file.locate(s.second).line == d.location.line;
            if (inside || trailing) {
                target = &s;
                break;
            }
            if (s.first > comment.begin && (!target || s.first < target->first)) target = &s;
        }
        if (target) {
            d.statement_begin = file.locate(target->first);
            d.statement_end = file.locate(target->second);
        }
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace pgfleet
