#pragma once
// A table constraint: PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY, EXCLUDE.
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"
#include "catalog/index.h"

namespace pgfleet {

enum class ConstraintType { PrimaryKey, Unique, Check, ForeignKey, Exclusion };

// REFERENCES part of a foreign key. Actions and match use pg_constraint's letters:
// a = no action, r = restrict, c = cascade, n = set null, d = set default; match s/f/p.
struct ForeignKeyReference {
    QualifiedName table;
    std::vector<std::string> columns;
    std::string match = "s";
    std::string on_update = "a";
    std::string on_delete = "a";
    std::vector<std::string> on_delete_columns;
    bool operator==(const ForeignKeyReference&) const = default;
};

// One EXCLUDE element: an index key and the operator it is compared with.
struct ExclusionElement {
    IndexElement element;
    std::string op;
    bool operator==(const ExclusionElement&) const = default;
};

struct Constraint {
    std::string name;
    ConstraintType type = ConstraintType::Check;
    std::vector<std::string> columns;
    std::vector<std::string> include;
    bool nulls_not_distinct = false;
    std::optional<Expr> check;
    bool no_inherit = false;
    ForeignKeyReference references;
    std::string index_method;
    std::vector<ExclusionElement> exclusion;
    std::optional<Expr> where;
    std::vector<std::string> index_options;
    std::string index_tablespace;
    bool deferrable = false;
    bool initially_deferred = false;
    bool validated = true;
    // Declared by this table (false when it comes only from a parent table).
    bool local = true;
    std::string comment;
    bool operator==(const Constraint&) const = default;
};

}  // namespace pgfleet
