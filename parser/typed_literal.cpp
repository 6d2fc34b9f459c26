#include "parser/typed_literal.h"

#include "parser/datetime_literal.h"
#include "parser/money_literal.h"

namespace pgfleet {
namespace {

// "timestamp(3) with time zone" -> "timestamp with time zone".
std::string without_typmod(const std::string& type) {
    auto open = type.find('(');
    if (open == std::string::npos) return type;
    auto close = type.find(')', open);
    if (close == std::string::npos) return type;
    std::string out = type.substr(0, open) + type.substr(close + 1);
    return out;
}

}  // namespace

std::optional<std::string> normalize_typed_literal(const std::string& type, const std::string& text) {
    std::string base = without_typmod(type);
    if (base == "money") return normalize_money(text);
    if (base == "date") return normalize_datetime(text, DatetimeKind::Date);
    if (base == "timestamp without time zone") return normalize_datetime(text, DatetimeKind::Timestamp);
    if (base == "timestamp with time zone") return normalize_datetime(text, DatetimeKind::TimestampTz);
    return std::nullopt;
}

std::optional<std::string> normalize_untyped_literal(const std::string& text) {
    return normalize_datetime(text, DatetimeKind::TimestampTz);
}

}  // namespace pgfleet
