#include "parser/secret_placeholders.h"

#include <cstdlib>

#include "parser/ascii_case.h"

namespace pgfleet {
namespace {

bool is_placeholder_name(const std::string& name) {
    if (name.rfind(kSecretPlaceholderPrefix, 0) != 0 || name.size() == std::string(kSecretPlaceholderPrefix).size())
        return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return true;
}

}  // namespace

std::optional<std::string> placeholder_variable(const std::string& value) {
    if (value.empty() || value[0] != kPlaceholderMark) return std::nullopt;
    return value.substr(1);
}

std::optional<std::string> placeholder_value(const std::string& variable) {
    for (const std::string& name : {variable, ascii_upper(variable)})
        if (const char* v = std::getenv(name.c_str())) return std::string(v);
    return std::nullopt;
}

std::vector<PlaceholderProblem> psql_variable_problems(const std::vector<SqlVariable>& variables) {
    std::vector<PlaceholderProblem> out;
    for (const auto& v : variables)
        if (!is_placeholder_name(v.name))
            out.push_back({v.begin, "psql variable :'" + v.name.substr(0, 60) +
                                        "' is not SQL: pgfleet reads only secret placeholders, :'" +
                                        kSecretPlaceholderPrefix + "<name>', in a secret option's value"});
    return out;
}

std::vector<PlaceholderProblem> unused_placeholder_problems(const ParserState& state,
                                                            const std::vector<SqlVariable>& variables) {
    std::vector<PlaceholderProblem> out;
    for (const auto& v : variables)
        if (is_placeholder_name(v.name) && !state.used_placeholders.count(v.name))
            out.push_back({v.begin, "secret placeholder :'" + v.name +
                                        "' stands only for the value of a secret option (OPTIONS (password :'...'))"});
    return out;
}

}  // namespace pgfleet
