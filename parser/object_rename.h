#pragma once
// ALTER ... RENAME for types of every kind, attributes, domain constraints, collations,
// aggregates, rules, event triggers, publications, wrappers and servers; and keeping what
// names a table or column in step when those are renamed.
#include "parser/statement_context.h"

namespace pgfleet {

// Handles the RenameStmt when it names one of the kinds above; false otherwise.
bool rename_named_object(StatementContext& ctx, const pgast::Node& rename_stmt);

// After a table was renamed: its rules and publication memberships follow it.
void follow_table_rename(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);

// After a column was renamed: publication column lists and foreign column options follow it.
void follow_column_rename(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to);

}  // namespace pgfleet
