#include "parser/type_names.h"

#include <charconv>
#include <map>

#include "catalog/dependencies.h"
#include "catalog/sql_name.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

using pgast::Node;

// Interval field masks (datetime.h: 1 << YEAR etc.) as format_type prints them.
std::string interval_fields(long long mask) {
    static const std::map<long long, std::string> fields = {
        {4, " year"},           {2, " month"},           {8, " day"},
        {1024, " hour"},        {2048, " minute"},       {4096, " second"},
        {6, " year to month"},  {1032, " day to hour"},  {3080, " day to minute"},
        {7176, " day to second"}, {3072, " hour to minute"}, {7168, " hour to second"},
        {6144, " minute to second"}};
    auto it = fields.find(mask);
    return it == fields.end() ? "" : it->second;
}

std::string typmod_text(const Node& mod) {
    std::string t = pgast::node_type(mod);
    const Node& body = pgast::node_body(mod);
    if (t == "A_Const") return pgast::const_text(body);
    if (t == "ColumnRef") {
        auto f = pgast::string_list(pgast::get_list(body, "fields"));
        return f.empty() ? "" : f.back();
    }
    return "";
}

std::vector<std::string> typmods_of(const Node& type_name) {
    std::vector<std::string> out;
    for (const auto& m : pgast::get_list(type_name, "typmods")) out.push_back(typmod_text(m));
    return out;
}

std::string paren(const std::vector<std::string>& mods) {
    if (mods.empty()) return "";
    std::string out = "(";
    for (size_t i = 0; i < mods.size(); ++i) out += (i ? "," : "") + mods[i];
    return out + ")";
}

// A type modifier as the number it must be; a located error for anything else.
long long typmod_number(const std::string& text, int location) {
    long long v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        throw StatementError("invalid", "type modifier \"" + text.substr(0, 40) + "\" is not an integer", location);
    return v;
}

// The modifier ranges PostgreSQL enforces when it reads a built-in type.
void check_builtin_typmods(const std::string& name, const std::vector<std::string>& mods, int location) {
    auto number = [&](size_t i) { return typmod_number(mods[i], location); };
    auto fail = [&](const std::string& message) { throw StatementError("invalid", message, location); };
    if (name == "varchar" || name == "bpchar" || name == "varbit" || name == "bit") {
        if (mods.size() > 1) fail("invalid type modifier");
        if (mods.empty()) return;
        std::string shown = name == "bpchar" ? "char" : name;
        long long n = number(0);
        if (n < 1) fail("length for type " + shown + " must be at least 1");
        if (n > 10485760) fail("length for type " + shown + " cannot exceed 10485760");
    } else if (name == "numeric") {
        if (mods.size() > 2) fail("invalid NUMERIC type modifier");
        if (!mods.empty() && (number(0) < 1 || number(0) > 1000))
            fail("NUMERIC precision " + mods[0] + " must be between 1 and 1000");
        if (mods.size() == 2 && (number(1) < -1000 || number(1) > 1000))
            fail("NUMERIC scale " + mods[1] + " must be between -1000 and 1000");
    } else if (name == "timestamp" || name == "timestamptz" || name == "time" || name == "timetz") {
        if (mods.size() > 1) fail("invalid type modifier");
        if (!mods.empty() && number(0) < 0) fail("precision of type " + name + " must not be negative");
    } else if (name == "interval") {
        for (size_t i = 0; i < mods.size(); ++i) number(i);
        if (mods.size() > 1 && number(1) < 0) fail("INTERVAL(" + mods[1] + ") precision must not be negative");
    }
}

// format_type's spelling of a pg_catalog type with its modifiers.
std::string builtin_sql(const std::string& name, const std::vector<std::string>& mods) {
    static const std::map<std::string, std::string> plain = {
        {"int2", "smallint"}, {"int4", "integer"}, {"int8", "bigint"}, {"float4", "real"},
        {"float8", "double precision"}, {"bool", "boolean"}, {"char", "\"char\""}};
    auto it = plain.find(name);
    if (it != plain.end()) return it->second;
    if (name == "varchar") return "character varying" + paren(mods);
    if (name == "bpchar") return mods.empty() ? "bpchar" : "character" + paren(mods);
    if (name == "varbit") return "bit varying" + paren(mods);
    if (name == "numeric") {
        if (mods.size() == 1) return "numeric(" + mods[0] + ",0)";
        return "numeric" + paren(mods);
    }
    if (name == "timestamp" || name == "timestamptz" || name == "time" || name == "timetz") {
        bool tz = name.back() == 'z';
        std::string base = name.substr(0, name.size() - (tz ? 2 : 0));
        return base + paren(mods) + (tz ? " with time zone" : " without time zone");
    }
    if (name == "interval") {
        if (mods.empty()) return "interval";
        std::string out = "interval" + interval_fields(std::stoll(mods[0]));
        if (mods.size() > 1) out += "(" + mods[1] + ")";
        return out;
    }
    return sql_ident(name) + paren(mods);
}

// table.column%TYPE: the column's type, as PostgreSQL reads it when the statement runs.
ResolvedType column_type_reference(std::vector<std::string> names, const Node& type_name, const NameScope& scope,
                                   int location) {
    if (names.size() < 2) throw StatementError("invalid", "improper %TYPE reference (too few dotted names)", location);
    std::string column = names.back();
    names.pop_back();
    auto rel = scope.find_relation(names);
    const Catalog& c = scope.catalog();
    auto t = rel ? c.tables.find(*rel) : c.tables.end();
    if (t == c.tables.end()) throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", location);
    const Column* col = t->second.find_column(column);
    if (!col)
        throw StatementError("missing-object", "column \"" + column + "\" of relation \"" + names.back() + "\" does not exist",
                             location);
    ResolvedType out;
    out.sql = col->type;
    if (!pgast::get_list(type_name, "arrayBounds").empty() && out.sql.find("[]") == std::string::npos) out.sql += "[]";
    if (auto user = referenced_type(out.sql)) out.user_type = user;
    return out;
}

}  // namespace

ResolvedType resolve_type_without_modifiers(const Node& type_name, const NameScope& scope, int location_base) {
    Node plain = type_name;
    plain.erase("typmods");
    // char without a length is char(1) in a column but plain bpchar in a signature.
    ResolvedType out = resolve_type(plain, scope, location_base);
    // A %TYPE reference brings the column's modifiers, which a signature drops too.
    if (pgast::get_bool(type_name, "pct_type")) {
        auto open = out.sql.find('(');
        auto close = out.sql.find(')', open);
        if (open != std::string::npos && close != std::string::npos) out.sql.erase(open, close - open + 1);
    }
    return out;
}

ResolvedType resolve_type(const Node& type_name, const NameScope& scope, int location_base) {
    auto names = pgast::string_list(pgast::get_list(type_name, "names"));
    int location = location_base + static_cast<int>(pgast::get_int(type_name, "location", 0));
    if (names.empty()) throw StatementError("invalid", "type without a name", location);
    if (pgast::get_bool(type_name, "pct_type")) return column_type_reference(names, type_name, scope, location);
    if (names.size() == 3) names.erase(names.begin());
    auto mods = typmods_of(type_name);
    std::string suffix = pgast::get_list(type_name, "arrayBounds").empty() ? "" : "[]";

    ResolvedType out;
    bool builtin = (names.size() == 2 && names[0] == "pg_catalog") ||
                   (names.size() == 1 && is_builtin_type(names[0]));
    if (builtin) {
        check_builtin_typmods(names.back(), mods, location);
        out.sql = builtin_sql(names.back(), mods) + suffix;
        return out;
    }
    std::optional<QualifiedName> found = scope.find_type(names);
    if (!found) {
        // Not in the model: an extension's type (citext, geometry, ...) when extensions exist.
        if (scope.catalog().extensions.empty())
            throw StatementError("missing-object", "type \"" + names.back() + "\" does not exist", location);
        std::optional<std::string> schema =
            names.size() == 2 ? std::optional<std::string>(names[0]) : scope.extension_schema_guess();
        if (!schema) throw StatementError("missing-object", "type \"" + names.back() + "\" does not exist", location);
        found = QualifiedName{*schema, names.back()};
    }
    out.user_type = found;
    out.sql = sql_qualified(found->schema, found->name) + paren(mods) + suffix;
    return out;
}

}  // namespace pgfleet
