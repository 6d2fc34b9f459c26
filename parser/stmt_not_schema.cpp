// Statements that carry data or cluster-level objects rather than schema.
#include "parser/handlers.h"

namespace pgfleet {

void warn_not_schema(StatementContext& ctx, const char* statement) {
    ctx.warn("not-schema", std::string(statement) + " is not schema; ignored");
}

void handle_do(StatementContext& ctx, const pgast::Node&) {
    ctx.state().do_blocks.push_back(ctx.location());
    ctx.warn("not-schema", "DO is not schema; the parser skips it, and commands that plan run the files on a local "
                           "throwaway PostgreSQL to see what it does");
}

// A role the files create as superuser or with BYPASSRLS: lint flags definer routines it owns.
void note_role_bypassing_rls(StatementContext& ctx, const pgast::Node& body) {
    // CREATE ROLE names it as a string, ALTER ROLE as a RoleSpec.
    if (!body.contains("role")) return;
    const pgast::Node& role = body.at("role");
    std::string role_name = role.is_string() ? role.get<std::string>() : pgast::get_string(role, "rolename");
    if (role_name.empty()) return;
    for (const auto& option : pgast::get_list(body, "options")) {
        const pgast::Node& elem = pgast::node_body(option);
        std::string name = pgast::get_string(elem, "defname");
        if (name != "superuser" && name != "bypassrls") continue;
        if (!elem.contains("arg") || !pgast::is_node(elem.at("arg"), "Boolean")) continue;
        if (!pgast::get_bool(pgast::node_body(elem.at("arg")), "boolval")) continue;
        ctx.state().ignored_objects.push_back(
            {{"role bypassing row security", role_name}, ctx.location()});
        return;
    }
}

void handle_role_statement(StatementContext& ctx, const pgast::Node& body) {
    note_role_bypassing_rls(ctx, body);
    ctx.warn("not-schema", "roles are cluster-level objects, created by tenant onboarding, not by a schema; ignored");
}

}  // namespace pgfleet
