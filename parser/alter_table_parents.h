#pragma once
// ALTER TABLE commands that change a table's parent: ATTACH / DETACH PARTITION, INHERIT,
// NO INHERIT, and ALTER INDEX ... ATTACH PARTITION.
#include "parser/statement_context.h"

namespace pgfleet {

void attach_partition(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void attach_partition_index(StatementContext& ctx, const QualifiedName& parent, const pgast::Node& cmd);
void detach_partition(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void add_inherit(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void drop_inherit(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);

}  // namespace pgfleet
