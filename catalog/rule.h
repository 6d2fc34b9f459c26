#pragma once
// A rewrite rule on a table or view (CREATE RULE).
#include <string>

#include "catalog/expr.h"

namespace pgfleet {

// `definition` is the whole rule, canonical; its sql is a CREATE RULE statement.
struct Rule {
    QualifiedName table;
    std::string name;
    Expr definition;
    std::string enabled = "O";
    std::string comment;
    bool operator==(const Rule&) const = default;
};

}  // namespace pgfleet
