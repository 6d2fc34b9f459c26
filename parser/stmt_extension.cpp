// CREATE EXTENSION and ALTER EXTENSION ... UPDATE.
#include "parser/def_elems.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_extension(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "extname");
    // plpgsql is installed in every database; it is not part of a schema's desired state.
    if (name == "plpgsql") return;
    auto& exts = ctx.catalog().extensions;
    if (exts.count(name)) {
        if (pgast::get_bool(body, "if_not_exists")) return;
        throw StatementError("invalid", "extension \"" + name + "\" already exists");
    }
    Extension e;
    e.name = name;
    for (const auto& opt : pgast::get_list(body, "options")) {
        const auto& d = pgast::node_body(opt);
        std::string key = pgast::get_string(d, "defname");
        if (key == "schema") e.schema = def_arg_text(d["arg"]);
        else if (key == "new_version") e.version = def_arg_text(d["arg"]);
    }
    if (e.schema.empty()) {
        auto schema = ctx.scope().creation_schema();
        if (!schema) throw StatementError("invalid", "no schema has been selected to create in");
        e.schema = *schema;
    } else if (!ctx.catalog().schemas.count(e.schema)) {
        throw StatementError("missing-object", "schema \"" + e.schema + "\" does not exist");
    }
    exts[name] = e;
    ctx.define(extension_key(name));
}

// UPDATE [TO version]: without a version the server moves to its default one, which the
// model leaves open as it does for CREATE EXTENSION without VERSION.
void handle_alter_extension(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "extname");
    if (name == "plpgsql") return;
    auto ext = ctx.catalog().extensions.find(name);
    if (ext == ctx.catalog().extensions.end())
        throw StatementError("missing-object", "extension \"" + name + "\" does not exist");
    std::string version;
    for (const auto& opt : pgast::get_list(body, "options")) {
        const auto& d = pgast::node_body(opt);
        if (pgast::get_string(d, "defname") == "new_version") version = def_arg_text(d["arg"]);
    }
    ext->second.version = version;
}

}  // namespace pgfleet
