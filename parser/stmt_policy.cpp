// CREATE POLICY and ALTER POLICY.
#include <algorithm>

#include "catalog/current_role.h"
#include "parser/column_refs.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::vector<std::string> policy_roles(const pgast::Node& list) {
    std::vector<std::string> roles;
    for (const auto& r : list) {
        const auto& spec = pgast::node_body(r);
        std::string type = pgast::get_string(spec, "roletype");
        if (type == "ROLESPEC_PUBLIC") roles.push_back("public");
        else if (type == "ROLESPEC_CSTRING") roles.push_back(pgast::get_string(spec, "rolename"));
        else roles.push_back(kCurrentRole);  // the role running the plan
    }
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    if (roles.empty()) roles.push_back("public");
    return roles;
}

QualifiedName policy_table(StatementContext& ctx, const pgast::Node& rv) { return ctx.existing_table(rv); }

// The columns a clause names must be the table's; names inside a subquery belong to its own
// tables, so clauses with one are left to the server.
void require_clause_columns(StatementContext& ctx, const QualifiedName& table, const pgast::Node& body) {
    auto it = ctx.catalog().tables.find(table);
    if (it == ctx.catalog().tables.end()) return;
    for (const char* clause : {"qual", "with_check"}) {
        if (!body.contains(clause)) continue;
        Expr e = make_expr(body[clause], ExprContext{ctx.scope(), table, ctx.location_base()});
        if (e.sql.find("SELECT") == std::string::npos)
            require_referenced_columns(it->second, e, ctx.offset_of(pgast::node_body(body[clause])));
    }
}

}  // namespace

void handle_create_policy(StatementContext& ctx, const pgast::Node& body) {
    Policy p;
    p.table = policy_table(ctx, body.at("table"));
    p.name = pgast::get_string(body, "policy_name");
    p.permissive = pgast::get_bool(body, "permissive");
    std::string cmd = pgast::get_string(body, "cmd_name", "all");
    for (auto& ch : cmd) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
    p.command = cmd;
    p.roles = policy_roles(pgast::get_list(body, "roles"));
    ExprContext ectx{ctx.scope(), p.table, ctx.location_base()};
    require_clause_columns(ctx, p.table, body);
    if (body.contains("qual")) p.using_expr = make_expr(body["qual"], ectx);
    if (body.contains("with_check")) p.check_expr = make_expr(body["with_check"], ectx);
    ObjectKey key = policy_key(p.table, p.name);
    if (ctx.catalog().policies.count(key))
        throw StatementError("invalid", "policy \"" + p.name + "\" for table \"" + p.table.name + "\" already exists");
    ctx.catalog().policies[key] = p;
    ctx.define(key);
}

void handle_alter_policy(StatementContext& ctx, const pgast::Node& body) {
    QualifiedName table = policy_table(ctx, body.at("table"));
    std::string name = pgast::get_string(body, "policy_name");
    auto it = ctx.catalog().policies.find(policy_key(table, name));
    if (it == ctx.catalog().policies.end())
        throw StatementError("missing-object", "policy \"" + name + "\" for table \"" + table.name + "\" does not exist");
    Policy p = it->second;
    ExprContext ectx{ctx.scope(), table, ctx.location_base()};
    require_clause_columns(ctx, table, body);
    if (body.contains("roles")) p.roles = policy_roles(body["roles"]);
    if (body.contains("qual")) p.using_expr = make_expr(body["qual"], ectx);
    if (body.contains("with_check")) p.check_expr = make_expr(body["with_check"], ectx);
    it->second = p;
}

}  // namespace pgfleet
