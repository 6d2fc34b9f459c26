#pragma once
// Statement handlers: one per statement kind, each in its own file, listed in handlers.cpp.
#include <string>

#include "parser/statement_context.h"

namespace pgfleet {

using StatementHandler = void (*)(StatementContext&, const pgast::Node& body);

// The handler for a libpg_query statement node type ("CreateStmt"), or nullptr.
StatementHandler find_handler(const std::string& node_type);

void handle_create_schema(StatementContext&, const pgast::Node&);
void handle_create_extension(StatementContext&, const pgast::Node&);
void handle_create_enum(StatementContext&, const pgast::Node&);
void handle_alter_enum(StatementContext&, const pgast::Node&);
void handle_create_sequence(StatementContext&, const pgast::Node&);
void handle_alter_sequence(StatementContext&, const pgast::Node&);
void handle_create_table(StatementContext&, const pgast::Node&);
void handle_alter_table(StatementContext&, const pgast::Node&);
void handle_create_index(StatementContext&, const pgast::Node&);
void handle_drop(StatementContext&, const pgast::Node&);
void handle_comment(StatementContext&, const pgast::Node&);
void handle_rename(StatementContext&, const pgast::Node&);
void handle_alter_owner(StatementContext&, const pgast::Node&);
void handle_grant(StatementContext&, const pgast::Node&);
void handle_create_function(StatementContext&, const pgast::Node&);
void handle_alter_default_privileges(StatementContext&, const pgast::Node&);
void handle_create_view(StatementContext&, const pgast::Node&);
void handle_create_trigger(StatementContext&, const pgast::Node&);
void handle_create_policy(StatementContext&, const pgast::Node&);
void handle_alter_policy(StatementContext&, const pgast::Node&);
void handle_create_table_as(StatementContext&, const pgast::Node&);
void handle_refresh_materialized_view(StatementContext&, const pgast::Node&);
void handle_alter_function(StatementContext&, const pgast::Node&);
void handle_set_variable(StatementContext&, const pgast::Node&);
void handle_select(StatementContext&, const pgast::Node&);
void handle_transaction(StatementContext&, const pgast::Node&);
// Warns that a data statement (INSERT, COPY, DO, ...) is not schema and is ignored.
void warn_not_schema(StatementContext&, const char* statement);
void handle_role_statement(StatementContext&, const pgast::Node&);

}  // namespace pgfleet
