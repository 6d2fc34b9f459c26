#include "planner/generic_options_sql.h"

#include <algorithm>
#include <cctype>

#include "catalog/foreign_data.h"
#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

std::string name_of(const std::string& option) { return option.substr(0, option.find('=')); }

std::string value_of(const std::string& option) {
    auto eq = option.find('=');
    return eq == std::string::npos ? "" : option.substr(eq + 1);
}

bool is_hashed(const std::string& option) { return is_protected_value(value_of(option)); }

// psql variable names take letters, digits and underscores.
std::string variable_part(const std::string& text) {
    std::string out;
    for (char c : text) out += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
    return out;
}

// "name 'value'", or "name :'variable'" for a secret (recorded in `sql.secrets`).
std::string option_value_sql(const std::string& option, const std::string& object, OptionsSql& sql) {
    std::string name = name_of(option);
    if (!is_hashed(option)) return sql_ident(name) + " " + sql_literal(value_of(option));
    std::string variable = "pgfleet_secret_" + variable_part(object) + "_" + variable_part(name);
    sql.secrets.push_back(variable);
    return sql_ident(name) + " :'" + variable + "'";
}

const std::string* find_option(const std::vector<std::string>& options, const std::string& name) {
    auto it = std::find_if(options.begin(), options.end(), [&](const std::string& o) { return name_of(o) == name; });
    return it == options.end() ? nullptr : &*it;
}

}  // namespace

OptionsSql create_options_sql(const std::vector<std::string>& options, const std::string& object) {
    OptionsSql out;
    std::string items;
    for (const auto& o : options) items += (items.empty() ? "" : ", ") + option_value_sql(o, object, out);
    if (!items.empty()) out.clause = " OPTIONS (" + items + ")";
    return out;
}

OptionsSql alter_options_sql(const std::vector<std::string>& from, const std::vector<std::string>& to,
                             const std::string& object) {
    OptionsSql out;
    std::string items;
    auto add = [&](const std::string& item) { items += (items.empty() ? "" : ", ") + item; };
    for (const auto& o : from)
        if (!find_option(to, name_of(o))) add("DROP " + sql_ident(name_of(o)));
    for (const auto& o : to) {
        const std::string* old = find_option(from, name_of(o));
        if (!old) add("ADD " + option_value_sql(o, object, out));
        else if (*old != o) add("SET " + option_value_sql(o, object, out));
    }
    if (!items.empty()) out.clause = " OPTIONS (" + items + ")";
    return out;
}

std::string with_secret_note(const std::string& sql, const std::vector<std::string>& secrets) {
    if (secrets.empty()) return sql;
    std::string note = "-- needs secret values: run with psql";
    for (const auto& s : secrets) note += " -v " + s + "=...";
    return note + "\n" + sql;
}

}  // namespace pgfleet
