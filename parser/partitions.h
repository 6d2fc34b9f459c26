#pragma once
// PARTITION BY keys, partition bounds, and what a partition or child table inherits.
#include "catalog/catalog.h"
#include "parser/statement_context.h"

namespace pgfleet {

// PARTITION BY RANGE (a, (lower(b)) text_pattern_ops) -> PartitionKey.
PartitionKey build_partition_key(StatementContext& ctx, const QualifiedName& table, const pgast::Node& partspec);

// FOR VALUES ... / DEFAULT -> Expr (sql "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')").
// Literals are read as the parent's key types, the way the server prints them.
Expr build_partition_bound(StatementContext& ctx, const Table& parent, const pgast::Node& partbound);

// Columns a partition or child table takes from its parents (marked not local).
void inherit_columns(const Table& parent, Table& child);

}  // namespace pgfleet
