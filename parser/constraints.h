#pragma once
// Constraint trees (column or table constraints) -> Constraint, and PostgreSQL's naming order.
#include <vector>

#include "catalog/constraint.h"
#include "catalog/table.h"
#include "parser/statement_context.h"

namespace pgfleet {

// The model of a CHECK/PRIMARY KEY/UNIQUE/FOREIGN KEY/EXCLUDE node. The name stays empty when
// the user gave none. `pending` is a table being created (it may reference itself).
Constraint build_constraint(StatementContext& ctx, const QualifiedName& table, const pgast::Node& con,
                            const Table* pending);

// Gives unnamed constraints the names PostgreSQL would, in the order it does: CHECK first
// (AddRelationNewConstraints), then PRIMARY KEY/UNIQUE/EXCLUDE (index creation), then FOREIGN
// KEY. `table` must already hold any constraints that exist; new ones are appended.
void add_named_constraints(StatementContext& ctx, Table& table, std::vector<Constraint> constraints);

// A constraint as built, before naming, and the file offset it was written at.
struct BuiltConstraint {
    Constraint constraint;
    int offset = -1;
};

// Records where each constraint of `table` that `before` did not have was written: the built
// constraint it came from (matched by name when one was given, else by type and columns).
void define_new_constraints(StatementContext& ctx, const Table& before, const Table& table,
                            const std::vector<BuiltConstraint>& built);

// The constraint types in "CONSTR_PRIMARY" form that build_constraint understands.
bool is_table_constraint(const std::string& contype);

}  // namespace pgfleet
