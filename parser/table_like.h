#pragma once
// CREATE TABLE t (..., LIKE source [INCLUDING ...]): the source's columns where the clause
// stands, then (once the table's own constraints are named) the CHECK constraints, indexes
// and comments the options ask for, named the way PostgreSQL names them.
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "parser/statement_context.h"

namespace pgfleet {

struct TableLike {
    QualifiedName source;
    unsigned options = 0;  // CREATE_TABLE_LIKE_* bits
    int offset = -1;
};

// Appends the source's columns to `table` and returns what is left to copy.
TableLike add_like_columns(StatementContext& ctx, Table& table, const pgast::Node& clause);

// Index-backed and CHECK constraints copied from the source (unnamed where PostgreSQL
// names them anew), to be named with the table's own.
std::vector<Constraint> like_constraints(StatementContext& ctx, const Table& table, const TableLike& like);

// After the table is in the catalog: the source's plain indexes, and identity sequences.
void add_like_indexes(StatementContext& ctx, const Table& table, const TableLike& like);

}  // namespace pgfleet
