#pragma once
// ALTER TABLE / VIEW / MATERIALIZED VIEW / FOREIGN TABLE / SEQUENCE ... RENAME TO and SET SCHEMA:
// the relation and what belongs to it move, and what names it follows.
#include "parser/statement_context.h"

namespace pgfleet {

// Moves relation `from` to `to` (a new name, a new schema, or both); throws when `to` is taken.
void move_relation(StatementContext& ctx, const QualifiedName& from, const QualifiedName& to);

}  // namespace pgfleet
