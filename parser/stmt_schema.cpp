// CREATE SCHEMA.
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_schema(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "schemaname");
    std::string owner;
    if (body.contains("authrole")) owner = pgast::get_string(body["authrole"]["RoleSpec"], "rolename");
    if (name.empty()) name = owner;
    if (!pgast::get_list(body, "schemaElts").empty())
        throw StatementError("unsupported", "CREATE SCHEMA with embedded statements is not supported yet");
    auto& schemas = ctx.catalog().schemas;
    if (schemas.count(name)) {
        if (pgast::get_bool(body, "if_not_exists")) return;
        // pg_dump recreates "public" when it was dropped and recreated in the source database.
        if (name != "public") throw StatementError("invalid", "schema \"" + name + "\" already exists");
    }
    Schema s{name, owner, "", ctx.new_object_privileges("", "schemas")};
    if (name == "public" && schemas.count(name)) s = schemas[name];
    if (!owner.empty()) s.owner = owner;
    schemas[name] = s;
    ctx.define(schema_key(name));
}

}  // namespace pgfleet
