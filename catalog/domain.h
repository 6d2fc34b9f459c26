#pragma once
// A domain (CREATE DOMAIN) with its CHECK constraints.
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"
#include "catalog/privilege.h"

namespace pgfleet {

struct DomainConstraint {
    std::string name;
    Expr check;
    bool validated = true;
    std::string comment;
    bool operator==(const DomainConstraint&) const = default;
};

// Constraints are kept sorted by name.
struct Domain {
    QualifiedName name;
    std::string base_type;
    std::string collation;
    std::optional<Expr> default_value;
    bool not_null = false;
    std::vector<DomainConstraint> constraints;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const Domain&) const = default;
};

}  // namespace pgfleet
