#include "planner/function_sql.h"

#include <algorithm>
#include <cmath>

#include "catalog/sql_name.h"
#include "planner/ddl.h"

namespace pgfleet::ddl {
namespace {

std::string number(double v) {
    if (std::floor(v) == v) return std::to_string(static_cast<long long>(v));
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    return s;
}

std::string arguments_sql(const Function& f) {
    std::string out;
    for (const auto& a : f.arguments) {
        if (a.mode == "table") continue;
        std::string arg;
        if (a.mode == "out") arg = "OUT ";
        else if (a.mode == "inout") arg = "INOUT ";
        else if (a.mode == "variadic") arg = "VARIADIC ";
        if (!a.name.empty()) arg += sql_ident(a.name) + " ";
        arg += a.type;
        if (a.default_value) arg += " DEFAULT " + a.default_value->sql;
        out += (out.empty() ? "" : ", ") + arg;
    }
    return out;
}

// "search_path=public, pg_temp" -> "SET search_path TO public, pg_temp"; other values quoted.
std::string set_clause(const std::string& entry) {
    auto eq = entry.find('=');
    std::string name = entry.substr(0, eq);
    std::string value = entry.substr(eq + 1);
    if (name == "search_path") return "SET " + name + " TO " + (value.empty() || value == "\"\"" ? "''" : value);
    return "SET " + name + " TO " + sql_literal(value);
}

std::string volatility_sql(const std::string& v) { return v == "i" ? "IMMUTABLE" : v == "s" ? "STABLE" : "VOLATILE"; }
std::string parallel_sql(const std::string& p) {
    return p == "s" ? "PARALLEL SAFE" : p == "r" ? "PARALLEL RESTRICTED" : "PARALLEL UNSAFE";
}

std::string body_sql(const Function& f) {
    if (f.sql_body) return f.sql_body->sql;
    if (f.language == "c") {
        auto comma = f.body.find(", ");
        if (comma != std::string::npos)
            return "AS " + sql_literal(f.body.substr(0, comma)) + ", " + sql_literal(f.body.substr(comma + 2));
    }
    return "AS " + sql_dollar_quoted(f.body);
}

}  // namespace

std::string routine_reference(const Function& f) {
    return std::string(f.procedure ? "PROCEDURE " : "FUNCTION ") + name(f.name) + "(" + f.identity_arguments + ")";
}

std::string create_function(const Function& f, bool or_replace) {
    std::string out = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") +
                      (f.procedure ? "PROCEDURE " : "FUNCTION ") + name(f.name) + "(" + arguments_sql(f) + ")";
    if (!f.procedure) out += "\n    RETURNS " + f.returns;
    out += "\n    LANGUAGE " + sql_ident(f.language);
    std::string opts;
    if (f.window) opts += " WINDOW";
    if (!f.procedure) {
        if (f.volatility != "v") opts += " " + volatility_sql(f.volatility);
        if (f.strict) opts += " STRICT";
    }
    if (f.security_definer) opts += " SECURITY DEFINER";
    if (!f.procedure) {
        if (f.leakproof) opts += " LEAKPROOF";
        if (f.parallel != "u") opts += " " + parallel_sql(f.parallel);
        bool c_like = f.language == "c" || f.language == "internal";
        if (f.cost != (c_like ? 1 : 100)) opts += " COST " + number(f.cost);
        bool returns_set = f.returns.rfind("SETOF ", 0) == 0 || f.returns.rfind("TABLE(", 0) == 0;
        if (returns_set && f.rows != 1000) opts += " ROWS " + number(f.rows);
        if (!f.support.name.empty()) opts += " SUPPORT " + name(f.support);
    }
    if (!opts.empty()) out += "\n   " + opts;
    for (const auto& c : f.config) out += "\n    " + set_clause(c);
    out += "\n" + body_sql(f);
    return out;
}

std::string function_option_changes(const Function& a, const Function& b) {
    std::string out;
    if (a.volatility != b.volatility) out += " " + volatility_sql(b.volatility);
    if (a.strict != b.strict) out += b.strict ? " STRICT" : " CALLED ON NULL INPUT";
    if (a.security_definer != b.security_definer) out += b.security_definer ? " SECURITY DEFINER" : " SECURITY INVOKER";
    if (a.leakproof != b.leakproof) out += b.leakproof ? " LEAKPROOF" : " NOT LEAKPROOF";
    if (a.parallel != b.parallel) out += " " + parallel_sql(b.parallel);
    if (a.cost != b.cost) out += " COST " + number(b.cost);
    if (a.rows != b.rows) out += " ROWS " + number(b.rows);
    if (a.support != b.support) out += " SUPPORT " + name(b.support);  // never to none: that recreates
    for (const auto& c : a.config) {
        std::string name = c.substr(0, c.find('='));
        bool kept = std::any_of(b.config.begin(), b.config.end(), [&](const std::string& x) { return x.rfind(name + "=", 0) == 0; });
        if (!kept) out += " RESET " + name;
    }
    for (const auto& c : b.config)
        if (std::find(a.config.begin(), a.config.end(), c) == a.config.end()) out += " " + set_clause(c);
    return out;
}

}  // namespace pgfleet::ddl
