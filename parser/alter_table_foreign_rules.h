#pragma once
// ALTER TABLE subcommands for foreign tables (OPTIONS) and rules (ENABLE / DISABLE RULE).
#include "parser/statement_context.h"

namespace pgfleet {

void alter_foreign_table_options(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd);
void alter_foreign_column_options(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd);
// AT_EnableRule, AT_EnableAlwaysRule, AT_EnableReplicaRule and AT_DisableRule.
void alter_rule_firing(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd);

}  // namespace pgfleet
