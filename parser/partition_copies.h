#pragma once
// A partitioned table's indexes and keys have a copy on every partition. The model keeps only
// the parent's (as the catalog is read back); these keep it so as partitions come and go.
#include "parser/statement_context.h"

namespace pgfleet {

// ATTACH PARTITION: an index or key of the partition that matches one of the parent's becomes
// that one's copy, so the partition's own goes from the model.
void absorb_partition_copies(StatementContext& ctx, const QualifiedName& parent, const QualifiedName& partition);

// DETACH PARTITION: the copies stay with the table as indexes and keys of its own, named as
// PostgreSQL named them when it made them (<table>_<columns>_idx, <table>_pkey, ...).
void keep_partition_copies(StatementContext& ctx, const QualifiedName& parent, const QualifiedName& partition);

// ALTER INDEX parent_key ATTACH PARTITION child_key, for the indexes of PRIMARY KEY, UNIQUE
// and EXCLUDE constraints (as pg_dump writes a partitioned table's keys): the partition's key
// becomes the parent's copy. False when `parent` names no such key.
bool attach_partition_key(StatementContext& ctx, const QualifiedName& parent, const QualifiedName& child);

// True when two indexes are the same but for their name, table, comment and storage parameters.
bool same_index_definition(const Index& a, const Index& b);

}  // namespace pgfleet
