#pragma once
// ColumnDef trees -> Column, with the constraints declared on the column and serial/identity.
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "parser/statement_context.h"

namespace pgfleet {

struct ColumnDefinition {
    Column column;
    std::vector<Constraint> constraints;  // CHECK / PRIMARY KEY / UNIQUE / REFERENCES on the column
    std::string serial_type;              // "integer", "bigint", "smallint" for serial columns
    bool has_identity = false;
    pgast::Node identity_options = pgast::Node::array();
};

ColumnDefinition build_column(StatementContext& ctx, const QualifiedName& table, const pgast::Node& column_def,
                              const Table* pending);

// Creates the sequence behind a serial or identity column (named as PostgreSQL names it),
// sets the column's default or identity, and returns a serial's sequence to store.
// `taken` holds relation names the statement has claimed so far.
std::optional<Sequence> attach_column_sequence(StatementContext& ctx, const QualifiedName& table,
                                               ColumnDefinition& def, std::vector<std::string>& taken);

}  // namespace pgfleet
