#pragma once
// ALTER FUNCTION / PROCEDURE / ROUTINE ... RENAME TO and SET SCHEMA, and renames of what
// belongs to a table (ALTER TRIGGER / ALTER POLICY ... RENAME TO).
#include "parser/statement_context.h"

namespace pgfleet {

// Moves routine `key` to `to`; what calls or names it follows.
void move_routine(StatementContext& ctx, const ObjectKey& key, const QualifiedName& to);

// Renames a trigger or a policy of its table.
void rename_table_part(StatementContext& ctx, const ObjectKey& key, const std::string& to);

}  // namespace pgfleet
