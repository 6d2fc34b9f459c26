// CREATE / ALTER SERVER.
#include "parser/generic_options.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_foreign_server(StatementContext& ctx, const pgast::Node& body) {
    ForeignServer s;
    s.name = pgast::get_string(body, "servername");
    Catalog& c = ctx.catalog();
    if (c.foreign_servers.count(s.name)) {
        if (pgast::get_bool(body, "if_not_exists")) {
            ctx.warn("exists", "server \"" + s.name + "\" already exists, skipping");
            return;
        }
        throw StatementError("invalid", "server \"" + s.name + "\" already exists");
    }
    s.wrapper = pgast::get_string(body, "fdwname");
    // Wrappers usually come with an extension (postgres_fdw, file_fdw), outside the model.
    if (!c.foreign_data_wrappers.count(s.wrapper) && c.extensions.empty())
        throw StatementError("missing-object", "foreign-data wrapper \"" + s.wrapper + "\" does not exist");
    s.type = pgast::get_string(body, "servertype");
    s.version = pgast::get_string(body, "version");
    apply_generic_options(ctx, s.options, pgast::get_list(body, "options"));
    c.foreign_servers[s.name] = s;
    ctx.define(server_key(s.name));
}

void handle_alter_foreign_server(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "servername");
    auto it = ctx.catalog().foreign_servers.find(name);
    if (it == ctx.catalog().foreign_servers.end())
        throw StatementError("missing-object", "server \"" + name + "\" does not exist");
    ForeignServer s = it->second;
    if (pgast::get_bool(body, "has_version")) s.version = pgast::get_string(body, "version");
    apply_generic_options(ctx, s.options, pgast::get_list(body, "options"));
    it->second = s;
}

}  // namespace pgfleet
