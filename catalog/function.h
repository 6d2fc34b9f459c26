#pragma once
// Functions and procedures (and the signature part shared with aggregates).
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"
#include "catalog/privilege.h"

namespace pgfleet {

// `mode` is "in", "out", "inout", "variadic" or "table"; `type` canonical type text.
struct FunctionArgument {
    std::string mode = "in";
    std::string name;
    std::string type;
    std::optional<Expr> default_value;
    bool operator==(const FunctionArgument&) const = default;
};

// One routine. Its identity is (schema, name, identity_arguments): the types of its
// IN/INOUT/VARIADIC arguments, as pg_get_function_identity_arguments lists them without names.
// `body` is the source text for every language; `sql_body` the canonical form of a
// standard-SQL body (BEGIN ATOMIC / RETURN), compared instead of the text.
struct Function {
    QualifiedName name;
    bool procedure = false;
    std::string identity_arguments;
    std::vector<FunctionArgument> arguments;
    std::string returns;
    std::string language;
    std::string body;
    std::optional<Expr> sql_body;
    std::string volatility = "v";
    bool strict = false;
    bool security_definer = false;
    bool leakproof = false;
    bool window = false;
    std::string parallel = "u";
    double cost = 100;
    double rows = 0;
    std::vector<std::string> config;
    // SUPPORT: the planner support function (one internal argument); empty name for none.
    QualifiedName support;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const Function&) const = default;
};

// The key of a routine among its overloads.
std::string routine_signature(const Function& f);

}  // namespace pgfleet
