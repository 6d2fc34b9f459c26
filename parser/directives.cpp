#include "parser/directives.h"

#include <cctype>

#include "parser/text_trim.h"

namespace pgfleet {

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
