#pragma once
// A table with its columns and constraints.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/column.h"
#include "catalog/constraint.h"

namespace pgfleet {

// Columns keep declaration order (used when creating); constraints are kept sorted by name.
// `persistence` is pg_class.relpersistence: 'p' permanent, 'u' unlogged.
struct Table {
    QualifiedName name;
    std::vector<Column> columns;
    std::vector<Constraint> constraints;
    std::string persistence = "p";
    std::vector<std::string> options;
    std::string owner;
    std::string comment;

    const Column* find_column(const std::string& column) const;
    Column* find_column(const std::string& column);
    const Constraint* find_constraint(const std::string& constraint) const;
    Constraint* find_constraint(const std::string& constraint);
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Table, name, columns, constraints, persistence,
                                                options, owner, comment)

}  // namespace pgfleet
