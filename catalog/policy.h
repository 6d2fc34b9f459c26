#pragma once
// A row-level security policy (CREATE POLICY).
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"

namespace pgfleet {

// `command` ALL/SELECT/INSERT/UPDATE/DELETE; `roles` sorted ("public" when none named).
struct Policy {
    QualifiedName table;
    std::string name;
    bool permissive = true;
    std::string command = "ALL";
    std::vector<std::string> roles{"public"};
    std::optional<Expr> using_expr;
    std::optional<Expr> check_expr;
    std::string comment;
    bool operator==(const Policy&) const = default;
};

}  // namespace pgfleet
