#pragma once
// One ALTER TABLE subcommand (ADD COLUMN, ALTER COLUMN TYPE, ADD CONSTRAINT, ...).
#include "parser/statement_context.h"

namespace pgfleet {

void apply_alter_table_command(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd);

// ALTER VIEW / ALTER MATERIALIZED VIEW: options, owner, column defaults are not modeled.
void apply_alter_view_command(StatementContext& ctx, View& view, const pgast::Node& cmd);

// One command of ALTER INDEX: storage parameters, column statistics, ATTACH PARTITION.
void apply_alter_index_command(StatementContext& ctx, const QualifiedName& index, const pgast::Node& cmd);

}  // namespace pgfleet
