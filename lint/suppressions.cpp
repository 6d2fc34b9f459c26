#include "lint/suppressions.h"

#include <cctype>
#include <tuple>

#include "lint/rule.h"
#include "parser/text_trim.h"

namespace pgfleet::lint {
namespace {

void problem(std::vector<Finding>& out, const SourceDirective& d, const std::string& message) {
    Finding f;
    f.rule = "suppression";
    f.message = message;
    f.location = d.location;
    f.source_line = d.source_line;
    out.push_back(std::move(f));
}

}  // namespace

bool covers(const Suppression& s, const SourceLocation& l) {
    if (s.begin.path.empty() || l.path != s.begin.path) return false;
    auto at = std::make_tuple(l.line, l.column);
    return std::make_tuple(s.begin.line, s.begin.column) <= at && at <= std::make_tuple(s.end.line, s.end.column);
}

std::vector<Suppression> read_suppressions(const std::vector<SourceDirective>& directives,
                                           std::vector<Finding>& problems) {
    static const std::string kUsage = "write `-- pgfleet:allow RULE: why it is safe`";
    std::vector<Suppression> out;
    for (const auto& d : directives) {
        std::string text = d.text;
        if (text.compare(0, 5, "allow") != 0 || (text.size() > 5 && !isspace(static_cast<unsigned char>(text[5])))) {
            problem(problems, d, "unknown directive 'pgfleet:" + text.substr(0, text.find_first_of(" \t:")) + "'; " + kUsage);
            continue;
        }
        size_t colon = text.find(':');
        std::string list = trim(text.substr(5, colon == std::string::npos ? std::string::npos : colon - 5));
        Suppression s;
        s.reason = colon == std::string::npos ? "" : trim(text.substr(colon + 1));
        s.begin = d.statement_begin;
        s.end = d.statement_end;
        std::string names;
        size_t pos = 0;
        while (pos <= list.size()) {
            size_t comma = list.find_first_of(", \t", pos);
            std::string id = list.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
            pos = comma == std::string::npos ? list.size() + 1 : comma + 1;
            if (id.empty()) continue;
            if (!find_rule(id) || id == "suppression") {
                problem(problems, d, "names unknown rule '" + id + "'");
                continue;
            }
            s.rules.insert(id);
            names += (names.empty() ? "" : ", ") + id;
        }
        if (names.empty()) {
            if (list.empty()) problem(problems, d, "names no rule; " + kUsage);
            continue;
        }
        if (s.reason.empty()) problem(problems, d, "suppression of " + names + " gives no reason; " + kUsage);
        if (s.begin.path.empty()) {
            problem(problems, d, "suppression of " + names + " is followed by no statement");
            continue;
        }
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace pgfleet::lint
