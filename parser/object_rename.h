#pragma once
// ALTER ... RENAME and SET SCHEMA for types of every kind, attributes, domain constraints, collations,
// aggregates, rules, event triggers, publications, wrappers and servers; and keeping what
// names a table or column in step when those are renamed.
#include "parser/statement_context.h"

namespace pgfleet {

// Handles the RenameStmt when it names one of the kinds above; false otherwise.
bool rename_named_object(StatementContext& ctx, const pgast::Node& rename_stmt);

// ALTER ... SET SCHEMA for types of every kind, collations, aggregates and foreign tables;
// false when the statement names another kind.
bool move_named_object(StatementContext& ctx, const pgast::Node& alter_object_schema_stmt);

// After a table was renamed or moved: its triggers, policies, rules and publication
// memberships follow it.
void follow_table_rename(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);

// After a column was renamed: publication column lists and foreign column options follow it.
void follow_column_rename(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to);

}  // namespace pgfleet
