#include "pgast/newer_syntax.h"

#include <pg_query.h>

#include <regex>
#include <vector>

namespace pgfleet::pgast {
namespace {

struct Rule {
    std::regex pattern;
    int major;
    const char* feature;
};

std::regex words(const char* re) { return std::regex(re, std::regex::ECMAScript | std::regex::icase); }

// Most specific first: the first rule whose match reaches the error wins (a function-like
// construct spans to the end of its statement, where its arguments may fail). (Virtual generated
// columns of 18 are read: pgast/virtual_generated.h.)
const std::vector<Rule>& rules() {
    static const std::vector<Rule> table{
        {words(R"(\bWITHOUT\s+OVERLAPS\b)"), 18, "WITHOUT OVERLAPS in keys"},
        {words(R"(\bPERIOD\s+\w+)"), 18, "PERIOD in foreign keys"},
        {words(R"(\b(NOT\s+)?ENFORCED\b)"), 18, "NOT ENFORCED constraints"},
        {words(R"(\bNOT\s+NULL\s+NO\s+INHERIT\b)"), 18, "NOT NULL ... NO INHERIT"},
        {words(R"(\bADD\s+(CONSTRAINT\s+("[^"]+"|\w+)\s+)?NOT\s+NULL\b)"), 18,
         "NOT NULL table constraints (ADD CONSTRAINT ... NOT NULL column)"},
        {words(R"(\bRETURNING\s+(OLD|NEW)\b|\bRETURNING\s+WITH\s*\()"), 18, "RETURNING OLD/NEW"},
        {words(R"(\bSET\s+EXPRESSION\b)"), 17, "ALTER COLUMN ... SET EXPRESSION"},
        {words(R"(\bJSON_TABLE\s*\([^;]*)"), 17, "JSON_TABLE"},
        {words(R"(\bJSON_(VALUE|QUERY|EXISTS|SCALAR|SERIALIZE)\s*\([^;]*)"), 17, "SQL/JSON query functions"},
        {words(R"(\bNOT\s+MATCHED\s+BY\s+(SOURCE|TARGET)\b)"), 17, "MERGE ... WHEN NOT MATCHED BY SOURCE"},
        {words(R"(\bSET\s+ACCESS\s+METHOD\s+DEFAULT\b)"), 17, "SET ACCESS METHOD DEFAULT"},
        {words(R"(\bIS\s+(NOT\s+)?JSON\b)"), 16, "IS JSON predicates"},
        {words(R"(\bJSON_(OBJECT|ARRAY|OBJECTAGG|ARRAYAGG)\s*\([^;]*)"), 16, "SQL/JSON constructors"},
        {words(R"(\b0[xob][0-9a-f_]+\b|\b[0-9]+(_[0-9]+)+\b)"), 16,
         "non-decimal integer literals and underscores in numbers"},
        {words(R"(\bSTORAGE\s+(PLAIN|EXTERNAL|EXTENDED|MAIN|DEFAULT)\b)"), 16, "STORAGE in column definitions"},
    };
    return table;
}

}  // namespace

int parser_major() { return PG_VERSION_NUM / 10000; }

std::optional<NewerSyntax> newer_syntax_at(const std::string& text, int error_offset) {
    if (error_offset < 0 || static_cast<size_t>(error_offset) > text.size()) return std::nullopt;
    // Look at the statement around the error only: from the last ';' before it to the next one.
    size_t from = text.rfind(';', error_offset > 0 ? error_offset - 1 : 0);
    from = from == std::string::npos || from >= static_cast<size_t>(error_offset) ? 0 : from + 1;
    size_t to = text.find(';', error_offset);
    std::string window = text.substr(from, to == std::string::npos ? std::string::npos : to - from);
    size_t at = error_offset - from;
    for (const auto& rule : rules()) {
        if (rule.major <= parser_major()) continue;  // this parser reads it: the error is another
        for (auto it = std::sregex_iterator(window.begin(), window.end(), rule.pattern); it != std::sregex_iterator();
             ++it) {
            size_t start = it->position(), end = start + it->length();
            while (end < window.size() && isspace(static_cast<unsigned char>(window[end]))) ++end;
            if (start <= at && at <= end) return NewerSyntax{rule.major, rule.feature};
        }
    }
    return std::nullopt;
}

std::string explain_syntax_error(const std::string& message, const std::string& text, int error_offset) {
    auto newer = newer_syntax_at(text, error_offset);
    if (!newer) return message;
    return message + " (" + newer->feature + ": PostgreSQL " + std::to_string(newer->major) +
           " syntax; pgfleet reads SQL with PostgreSQL " + std::to_string(parser_major()) +
           "'s parser, which cannot read it)";
}

}  // namespace pgfleet::pgast
