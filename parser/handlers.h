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
void handle_alter_extension(StatementContext&, const pgast::Node&);
void handle_cluster(StatementContext&, const pgast::Node&);
void handle_create_enum(StatementContext&, const pgast::Node&);
void handle_alter_enum(StatementContext&, const pgast::Node&);
void handle_create_sequence(StatementContext&, const pgast::Node&);
void handle_alter_sequence(StatementContext&, const pgast::Node&);
// The composite type of CREATE TABLE ... OF / ALTER TABLE ... OF; throws for any other type.
const CompositeType& typed_table_type(StatementContext& ctx, const pgast::Node& type_name);
void handle_create_table(StatementContext&, const pgast::Node&);
// CREATE TABLE's work, for CREATE FOREIGN TABLE too (whose NOT VALID checks stay not valid).
void create_table(StatementContext& ctx, const pgast::Node& body, bool foreign);
void handle_alter_table(StatementContext&, const pgast::Node&);
void handle_create_index(StatementContext&, const pgast::Node&);
void handle_drop(StatementContext&, const pgast::Node&);
void handle_comment(StatementContext&, const pgast::Node&);
void handle_rename(StatementContext&, const pgast::Node&);
void handle_alter_object_schema(StatementContext&, const pgast::Node&);
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
void handle_do(StatementContext&, const pgast::Node&);
void handle_role_statement(StatementContext&, const pgast::Node&);
void handle_create_domain(StatementContext&, const pgast::Node&);
void handle_alter_domain(StatementContext&, const pgast::Node&);
void handle_create_composite_type(StatementContext&, const pgast::Node&);
// ALTER TYPE on a composite type (an AlterTableStmt with objtype OBJECT_TYPE).
void handle_alter_composite_type(StatementContext&, const pgast::Node&);
void handle_create_range_type(StatementContext&, const pgast::Node&);
// DefineStmt: dispatches CREATE AGGREGATE and CREATE COLLATION by kind.
void handle_define(StatementContext&, const pgast::Node&);
void handle_create_aggregate(StatementContext&, const pgast::Node&);
void handle_create_collation(StatementContext&, const pgast::Node&);
void handle_alter_collation(StatementContext&, const pgast::Node&);
void handle_create_rule(StatementContext&, const pgast::Node&);
void handle_create_event_trigger(StatementContext&, const pgast::Node&);
void handle_alter_event_trigger(StatementContext&, const pgast::Node&);
void handle_create_publication(StatementContext&, const pgast::Node&);
void handle_alter_publication(StatementContext&, const pgast::Node&);
void handle_create_fdw(StatementContext&, const pgast::Node&);
void handle_alter_fdw(StatementContext&, const pgast::Node&);
void handle_create_foreign_server(StatementContext&, const pgast::Node&);
void handle_alter_foreign_server(StatementContext&, const pgast::Node&);
void handle_create_user_mapping(StatementContext&, const pgast::Node&);
void handle_alter_user_mapping(StatementContext&, const pgast::Node&);
void handle_drop_user_mapping(StatementContext&, const pgast::Node&);
void handle_create_foreign_table(StatementContext&, const pgast::Node&);
void handle_import_foreign_schema(StatementContext&, const pgast::Node&);

}  // namespace pgfleet
