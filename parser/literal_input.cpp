#include "parser/literal_input.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <limits>

#include "catalog/dependencies.h"
#include "parser/ascii_case.h"
#include "parser/statement_error.h"
#include "parser/text_trim.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

bool all_of_digits(const std::string& s, int base) {
    if (s.empty() || s.front() == '_' || s.back() == '_') return false;
    for (char c : s) {
        if (c == '_') continue;
        int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                                   : 99;
        if (digit >= base) return false;
    }
    return true;
}

// Decimal digits are range-checked; 0x / 0o / 0b forms and `_` separators (read since
// PostgreSQL 16) are accepted as written, since the target's major decides them.
bool integer_input(const std::string& raw, long long min, long long max) {
    std::string s = trim(raw);
    std::string digits = s.empty() || (s[0] != '+' && s[0] != '-') ? s : s.substr(1);
    if (digits.size() > 2 && digits[0] == '0') {
        char prefix = static_cast<char>(std::tolower(digits[1]));
        int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
        if (base) return all_of_digits(digits.substr(2), base);
    }
    if (!all_of_digits(digits, 10)) return false;
    if (digits.find('_') != std::string::npos) return true;
    errno = 0;
    long long value = std::strtoll(s.c_str(), nullptr, 10);
    return errno != ERANGE && value >= min && value <= max;
}

bool numeric_input(const std::string& raw) {
    std::string s = ascii_lower(trim(raw));
    std::string body = s.empty() || (s[0] != '+' && s[0] != '-') ? s : s.substr(1);
    if (body == "nan" || body == "infinity" || body == "inf") return true;
    size_t i = 0, mantissa = 0;
    while (i < body.size() && (std::isdigit(static_cast<unsigned char>(body[i])) || body[i] == '_')) ++i, ++mantissa;
    if (i < body.size() && body[i] == '.') {
        ++i;
        while (i < body.size() && (std::isdigit(static_cast<unsigned char>(body[i])) || body[i] == '_')) ++i, ++mantissa;
    }
    if (mantissa == 0) return false;
    if (i < body.size() && body[i] == 'e') {
        ++i;
        if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
        size_t exponent = i;
        while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) ++i;
        if (i == exponent) return false;
    }
    return i == body.size();
}

// Unique prefixes of true/false/yes/no, on/off (two letters at least), 1 and 0.
bool boolean_input(const std::string& raw) {
    std::string s = ascii_lower(trim(raw));
    if (s.empty()) return false;
    if (s == "1" || s == "0") return true;
    for (const char* word : {"true", "false", "yes", "no"})
        if (std::string(word).rfind(s, 0) == 0) return true;
    return s.size() >= 2 && (std::string("on").rfind(s, 0) == 0 || std::string("off").rfind(s, 0) == 0);
}

// 32 hex digits, optionally in braces, with a hyphen allowed after any group of four.
bool uuid_input(const std::string& raw) {
    std::string s = trim(raw);
    if (s.size() >= 2 && s.front() == '{' && s.back() == '}') s = s.substr(1, s.size() - 2);
    int digits = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '-') {
            if (digits == 0 || digits % 4 != 0 || digits == 32 || s[i - 1] == '-') return false;
            continue;
        }
        if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
        ++digits;
    }
    return digits == 32 && s.back() != '-';
}

std::string base_type(const std::string& type_sql) { return type_sql.substr(0, type_sql.find('(')); }

}  // namespace

bool accepts_input(const std::string& type_sql, const std::string& text) {
    std::string type = base_type(type_sql);
    if (type_sql.find('[') != std::string::npos) return true;
    if (type == "smallint") return integer_input(text, std::numeric_limits<short>::min(), std::numeric_limits<short>::max());
    if (type == "integer") return integer_input(text, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (type == "bigint")
        return integer_input(text, std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max());
    if (type == "numeric" || type == "real" || type == "double precision") return numeric_input(text);
    if (type == "boolean") return boolean_input(text);
    if (type == "uuid") return uuid_input(text);
    return true;
}

void require_literal_input(StatementContext& ctx, const pgast::Node& raw_expr, const std::string& type_sql) {
    const pgast::Node* literal = &raw_expr;
    std::string type = type_sql;
    if (pgast::is_node(raw_expr, "TypeCast")) {
        const auto& cast = pgast::node_body(raw_expr);
        literal = &cast.at("arg");
        type = resolve_type(cast.at("typeName"), ctx.scope(), ctx.location_base()).sql;
    }
    if (!pgast::is_node(*literal, "A_Const") || !(*literal)["A_Const"].contains("sval")) return;
    std::string text = (*literal)["A_Const"]["sval"].value("sval", "");
    std::string shown = text.size() > 60 ? text.substr(0, 60) + "..." : text;
    auto user_type = referenced_type(type);
    if (user_type && type.find('[') == std::string::npos) {
        auto e = ctx.catalog().enums.find(*user_type);
        if (e == ctx.catalog().enums.end()) return;
        const auto& labels = e->second.labels;
        if (std::find(labels.begin(), labels.end(), text) != labels.end()) return;
        throw StatementError("invalid", "invalid input value for enum " + user_type->name + ": \"" + shown + "\"",
                             ctx.offset_of((*literal)["A_Const"]));
    }
    if (accepts_input(type, text)) return;
    throw StatementError("invalid", "invalid input for type " + base_type(type) + ": \"" + shown + "\"",
                         ctx.offset_of((*literal)["A_Const"]));
}

}  // namespace pgfleet
