#include "catalog/sql_name.h"

#include <algorithm>
#include <array>

namespace pgfleet {
namespace {
// PostgreSQL 15: SELECT word FROM pg_get_keywords() WHERE catcode <> 'U' ORDER BY word.
constexpr std::array<std::string_view, 151> kReservedKeywords = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
    "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
    "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
    "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
    "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal",
    "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
    "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant",
    "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout",
    "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral",
    "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national",
    "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
    "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
    "position", "precision", "primary", "real", "references", "returning", "right", "row",
    "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
    "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
    "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
    "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable"
};
}  // namespace

bool is_reserved_keyword(std::string_view word) {
    return std::binary_search(kReservedKeywords.begin(), kReservedKeywords.end(), word);
}

std::string sql_ident(std::string_view name) {
    bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            safe = false;
            break;
        }
    }
    if (safe && is_reserved_keyword(name)) safe = false;
    if (safe) return std::string(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string sql_qualified(std::string_view schema, std::string_view name) {
    if (schema.empty()) return sql_ident(name);
    return sql_ident(schema) + "." + sql_ident(name);
}

std::string sql_literal(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'') out += '\'';
        out += c;
    }
    out += '\'';
    return out;
}

std::string sql_dollar_quoted(std::string_view value) {
    // The closing tag must be the first place the tag occurs in value + tag.
    std::string body(value);
    std::string tag = "$$";
    for (int n = 1; (body + tag).find(tag) != body.size(); ++n) tag = "$_" + std::to_string(n) + "$";
    return tag + body + tag;
}

}  // namespace pgfleet
