#include "parser/handlers.h"

#include <map>

namespace pgfleet {

StatementHandler find_handler(const std::string& node_type) {
    static const std::map<std::string, StatementHandler> handlers = {
        {"CreateSchemaStmt", handle_create_schema},
        {"CreateExtensionStmt", handle_create_extension},
        {"AlterExtensionStmt", handle_alter_extension},
        {"ClusterStmt", handle_cluster},
        {"CreateEnumStmt", handle_create_enum},
        {"AlterEnumStmt", handle_alter_enum},
        {"CreateSeqStmt", handle_create_sequence},
        {"AlterSeqStmt", handle_alter_sequence},
        {"CreateStmt", handle_create_table},
        {"AlterTableStmt", handle_alter_table},
        {"IndexStmt", handle_create_index},
        {"DropStmt", handle_drop},
        {"CommentStmt", handle_comment},
        {"RenameStmt", handle_rename},
        {"AlterObjectSchemaStmt", handle_alter_object_schema},
        {"AlterOwnerStmt", handle_alter_owner},
        {"GrantStmt", handle_grant},
        {"CreateFunctionStmt", handle_create_function},
        {"AlterDefaultPrivilegesStmt", handle_alter_default_privileges},
        {"ViewStmt", handle_create_view},
        {"CreateTrigStmt", handle_create_trigger},
        {"CreatePolicyStmt", handle_create_policy},
        {"AlterPolicyStmt", handle_alter_policy},
        {"CreateTableAsStmt", handle_create_table_as},
        {"RefreshMatViewStmt", handle_refresh_materialized_view},
        {"AlterFunctionStmt", handle_alter_function},
        {"VariableSetStmt", handle_set_variable},
        {"SelectStmt", handle_select},
        {"TransactionStmt", handle_transaction},
        {"InsertStmt", [](StatementContext& c, const pgast::Node&) { warn_not_schema(c, "INSERT"); }},
        {"UpdateStmt", [](StatementContext& c, const pgast::Node&) { warn_not_schema(c, "UPDATE"); }},
        {"DeleteStmt", [](StatementContext& c, const pgast::Node&) { warn_not_schema(c, "DELETE"); }},
        {"CopyStmt", [](StatementContext& c, const pgast::Node&) { warn_not_schema(c, "COPY"); }},
        {"DoStmt", handle_do},
        {"TruncateStmt", [](StatementContext& c, const pgast::Node&) { warn_not_schema(c, "TRUNCATE"); }},
        {"CreateRoleStmt", handle_role_statement},
        {"AlterRoleStmt", handle_role_statement},
        {"DropRoleStmt", handle_role_statement},
        {"GrantRoleStmt", handle_role_statement},
        {"CreateDomainStmt", handle_create_domain},
        {"AlterDomainStmt", handle_alter_domain},
        {"CompositeTypeStmt", handle_create_composite_type},
        {"CreateRangeStmt", handle_create_range_type},
        {"DefineStmt", handle_define},
        {"AlterCollationStmt", handle_alter_collation},
        {"RuleStmt", handle_create_rule},
        {"CreateEventTrigStmt", handle_create_event_trigger},
        {"AlterEventTrigStmt", handle_alter_event_trigger},
        {"CreatePublicationStmt", handle_create_publication},
        {"AlterPublicationStmt", handle_alter_publication},
        {"CreateFdwStmt", handle_create_fdw},
        {"AlterFdwStmt", handle_alter_fdw},
        {"CreateForeignServerStmt", handle_create_foreign_server},
        {"AlterForeignServerStmt", handle_alter_foreign_server},
        {"CreateUserMappingStmt", handle_create_user_mapping},
        {"AlterUserMappingStmt", handle_alter_user_mapping},
        {"DropUserMappingStmt", handle_drop_user_mapping},
        {"CreateForeignTableStmt", handle_create_foreign_table},
        {"ImportForeignSchemaStmt", handle_import_foreign_schema},
    };
    auto it = handlers.find(node_type);
    return it == handlers.end() ? nullptr : it->second;
}

}  // namespace pgfleet
