#pragma once
// Secret placeholders: `pgfleet dump` writes a secret option's value as the psql variable
// :'pgfleet_secret_<object>_<option>' (it never knows the value, only its hash). A desired
// state may hold them too. Reading one, pgfleet takes its value from the environment (a
// variable of the same name, or the name in capitals), as apply does for a plan, and keeps it
// only as the slow salted hash every secret option value becomes.
#include <optional>
#include <string>
#include <vector>

#include "parser/parser_state.h"
#include "parser/sql_text.h"

namespace pgfleet {

constexpr const char* kSecretPlaceholderPrefix = "pgfleet_secret_";

// A value read from the file: the placeholder's variable name when it is one.
std::optional<std::string> placeholder_variable(const std::string& value);

// The value of a placeholder from the environment, or nullopt.
std::optional<std::string> placeholder_value(const std::string& variable);

struct PlaceholderProblem {
    int offset = 0;
    std::string message;
};

// psql variables that are no secret placeholder: SQL has no variables, and pgfleet runs no psql.
std::vector<PlaceholderProblem> psql_variable_problems(const std::vector<SqlVariable>& variables);

// After a file was read: placeholders that stood anywhere but in the value of a secret option.
std::vector<PlaceholderProblem> unused_placeholder_problems(const ParserState& state,
                                                            const std::vector<SqlVariable>& variables);

}  // namespace pgfleet
