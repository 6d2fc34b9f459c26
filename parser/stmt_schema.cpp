// CREATE SCHEMA.
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// The schema a CREATE inside CREATE SCHEMA names for its object, "" when it names none.
std::string named_schema(const pgast::Node& element) {
    const auto& body = pgast::node_body(element);
    for (const char* field : {"relation", "view", "sequence"})
        if (body.contains(field)) return pgast::get_string(pgast::node_body(body[field]), "schemaname");
    return "";
}

// CREATE SCHEMA s CREATE TABLE ... CREATE VIEW ...: each element runs with the new schema
// first on the search path, so unqualified objects go there, as PostgreSQL runs them.
void create_schema_elements(StatementContext& ctx, const std::string& schema, const pgast::Node& elements) {
    if (elements.empty()) return;
    for (const auto& element : elements) {
        std::string other = named_schema(element);
        if (!other.empty() && other != schema)
            throw StatementError("invalid", "CREATE specifies a schema (" + other + ") different from the one being created (" +
                                                schema + ")");
    }
    std::vector<std::string>& path = ctx.state().search_path;
    std::vector<std::string> saved = path;
    path.insert(path.begin(), schema);
    try {
        for (const auto& element : elements) {
            StatementHandler handler = find_handler(pgast::node_type(element));
            if (!handler) throw StatementError("invalid", "CREATE SCHEMA cannot hold " + pgast::node_type(element));
            handler(ctx, pgast::node_body(element));
        }
    } catch (...) {
        path = saved;
        throw;
    }
    path = saved;
}

}  // namespace

void handle_create_schema(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "schemaname");
    std::string owner;
    if (body.contains("authrole")) owner = pgast::get_string(body["authrole"]["RoleSpec"], "rolename");
    if (name.empty()) name = owner;
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
    create_schema_elements(ctx, name, pgast::get_list(body, "schemaElts"));
}

}  // namespace pgfleet
