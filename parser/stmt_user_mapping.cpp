// CREATE / ALTER / DROP USER MAPPING. Secret option values are kept only as a hash.
#include "catalog/current_role.h"
#include "parser/generic_options.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::string mapped_user(StatementContext& ctx, const pgast::Node& role) {
    // The user is a bare RoleSpec body here, not a wrapped node.
    const auto& r = pgast::is_node(role, "RoleSpec") ? role["RoleSpec"] : role;
    std::string type = pgast::get_string(r, "roletype");
    if (type == "ROLESPEC_PUBLIC") return "PUBLIC";
    if (type == "ROLESPEC_CSTRING") return pgast::get_string(r, "rolename");
    return kCurrentRole;  // CURRENT_USER, CURRENT_ROLE, SESSION_USER, USER: the role running the plan
}

std::string mapping_text(const std::string& user, const std::string& server) {
    return "user mapping for \"" + user + "\" on server \"" + server + "\"";
}

}  // namespace

void handle_create_user_mapping(StatementContext& ctx, const pgast::Node& body) {
    UserMapping m;
    m.user = mapped_user(ctx, body.at("user"));
    m.server = pgast::get_string(body, "servername");
    Catalog& c = ctx.catalog();
    if (!c.foreign_servers.count(m.server))
        throw StatementError("missing-object", "server \"" + m.server + "\" does not exist");
    ObjectKey key = user_mapping_key(m.user, m.server);
    if (c.user_mappings.count(key)) {
        if (pgast::get_bool(body, "if_not_exists")) {
            ctx.warn("exists", mapping_text(m.user, m.server) + " already exists, skipping");
            return;
        }
        throw StatementError("invalid", mapping_text(m.user, m.server) + " already exists");
    }
    apply_generic_options(ctx, m.options, pgast::get_list(body, "options"));
    c.user_mappings[key] = m;
    ctx.define(key);
}

void handle_alter_user_mapping(StatementContext& ctx, const pgast::Node& body) {
    std::string user = mapped_user(ctx, body.at("user"));
    std::string server = pgast::get_string(body, "servername");
    auto it = ctx.catalog().user_mappings.find(user_mapping_key(user, server));
    if (it == ctx.catalog().user_mappings.end())
        throw StatementError("missing-object", mapping_text(user, server) + " does not exist");
    UserMapping m = it->second;
    apply_generic_options(ctx, m.options, pgast::get_list(body, "options"));
    it->second = m;
}

void handle_drop_user_mapping(StatementContext& ctx, const pgast::Node& body) {
    std::string user = mapped_user(ctx, body.at("user"));
    std::string server = pgast::get_string(body, "servername");
    if (ctx.catalog().user_mappings.erase(user_mapping_key(user, server))) return;
    if (!pgast::get_bool(body, "missing_ok"))
        throw StatementError("missing-object", mapping_text(user, server) + " does not exist");
    ctx.warn("missing", mapping_text(user, server) + " does not exist, skipping");
}

}  // namespace pgfleet
