#pragma once
// The names PostgreSQL invents for unnamed constraints, indexes and serial sequences,
// reproduced exactly (makeObjectName, ChooseRelationName, ChooseConstraintName, ...).
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/object_name.h"
#include "pgast/node.h"

namespace pgfleet {

// Column names joined with "_" as ChooseIndexNameAddition does (for index and FK names).
std::string name_addition(const std::vector<std::string>& names);

// A relation name not yet used in the schema nor in `pending` (names taken by the statement
// in progress); with `is_constraint` also not a constraint name.
std::string choose_relation_name(const Catalog& catalog, const std::string& schema, const std::string& name1,
                                 const std::string& name2, const std::string& label, bool is_constraint,
                                 const std::vector<std::string>& pending = {});

// A constraint name not used in the schema nor in `others`.
std::string choose_constraint_name(const Catalog& catalog, const std::string& schema, const std::string& name1,
                                   const std::string& name2, const std::string& label,
                                   const std::vector<std::string>& others);

bool constraint_name_exists(const Catalog& catalog, const std::string& schema, const std::string& name);

// The name PostgreSQL gives an expression's output column (FigureColname): the column or
// function name, "case", "coalesce", ...; "" when it has none ("?column?" in queries).
std::string figure_column_name(const pgast::Node& expr);

// Index column names: column names, expression names ("lower", "expr"), de-duplicated.
std::vector<std::string> index_column_names(const pgast::Node& index_params);

}  // namespace pgfleet
