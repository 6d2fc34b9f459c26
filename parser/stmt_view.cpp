// CREATE [OR REPLACE] VIEW and CREATE MATERIALIZED VIEW.
#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/query_binder.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// Binds the query; explicit column names override the output names on both sides, since
// the server prints them as the query's aliases.
View build_view(StatementContext& ctx, const QualifiedName& name, const pgast::Node& query,
                const std::vector<std::string>& aliases) {
    BoundQuery q = bind_query(query, ctx.scope(), nullptr, ctx.location_base());
    View v;
    v.name = name;
    v.columns = q.columns;
    if (aliases.size() > v.columns.size())
        throw StatementError("invalid", "CREATE VIEW specifies more column names than columns");
    auto& targets = q.bound["SelectStmt"]["targetList"];
    for (size_t i = 0; i < aliases.size(); ++i) {
        v.columns[i] = aliases[i];
        if (targets.is_array() && i < targets.size()) targets[i]["ResTarget"]["name"] = aliases[i];
    }
    v.query = make_statement_expr(q.as_written, q.bound, ExprContext{ctx.scope(), std::nullopt, ctx.location_base()}, q.refs);
    v.privileges = ctx.new_object_privileges(name.schema, "tables");
    return v;
}

void store_view(StatementContext& ctx, View v, bool replace, int offset) {
    Catalog& c = ctx.catalog();
    auto existing = c.views.find(v.name);
    if (existing != c.views.end()) {
        if (!replace) throw StatementError("invalid", "relation \"" + v.name.name + "\" already exists", offset);
        if (existing->second.materialized != v.materialized)
            throw StatementError("invalid", "\"" + v.name.name + "\" is not a view", offset);
        // CREATE OR REPLACE keeps owner, comments and privileges.
        v.owner = existing->second.owner;
        v.comment = existing->second.comment;
        v.column_comments = existing->second.column_comments;
        v.privileges = existing->second.privileges;
    } else if (c.has_relation(v.name) || c.has_type(v.name)) {
        throw StatementError("invalid", "relation \"" + v.name.name + "\" already exists", offset);
    }
    ObjectKey key = view_key(v.name);
    c.views[v.name] = std::move(v);
    ctx.define(key, offset);
}

}  // namespace

void handle_create_view(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("view");
    QualifiedName name = ctx.new_name(rv);
    View v = build_view(ctx, name, body.at("query"), pgast::string_list(pgast::get_list(body, "aliases")));
    v.options = def_list_as_options(pgast::get_list(body, "options"));
    std::string check = pgast::get_string(body, "withCheckOption");
    if (check == "LOCAL_CHECK_OPTION") v.options.push_back("check_option=local");
    if (check == "CASCADED_CHECK_OPTION") v.options.push_back("check_option=cascaded");
    store_view(ctx, std::move(v), pgast::get_bool(body, "replace"), ctx.offset_of(rv));
}

void handle_create_table_as(StatementContext& ctx, const pgast::Node& body) {
    const auto& into = body.at("into");
    const auto& rv = into.at("rel");
    if (pgast::get_string(rv, "relpersistence") == "t") {
        ctx.warn("not-schema", "a temporary table lives in the session, not the schema; ignored");
        return;
    }
    if (pgast::get_string(body, "objtype") != "OBJECT_MATVIEW")
        throw StatementError("unsupported",
                             "CREATE TABLE AS is not supported: declare the table's columns with CREATE TABLE",
                             ctx.offset_of(rv));
    QualifiedName name = ctx.new_name(rv);
    if (pgast::get_bool(body, "if_not_exists") && ctx.catalog().views.count(name)) return;
    View v = build_view(ctx, name, body.at("query"), pgast::string_list(pgast::get_list(into, "colNames")));
    v.materialized = true;
    v.options = def_list_as_options(pgast::get_list(into, "options"));
    store_view(ctx, std::move(v), false, ctx.offset_of(rv));
}

void handle_refresh_materialized_view(StatementContext& ctx, const pgast::Node&) {
    ctx.warn("not-schema", "REFRESH MATERIALIZED VIEW fills data, not schema; ignored");
}

}  // namespace pgfleet
