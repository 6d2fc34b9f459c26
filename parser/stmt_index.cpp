// CREATE INDEX.
#include "parser/column_refs.h"
#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/implicit_names.h"
#include "parser/index_elements.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_index(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("relation");
    Catalog& c = ctx.catalog();
    auto rel = ctx.scope().resolve(range_var_names(rv), [&](const QualifiedName& q) {
        return c.tables.count(q) || (c.views.count(q) && c.views.at(q).materialized);
    });
    if (!rel)
        throw StatementError("missing-object", "relation \"" + pgast::get_string(rv, "relname") + "\" does not exist",
                             ctx.offset_of(rv));
    QualifiedName table = *rel;
    // A materialized view's columns are names only; its indexes name them like a table's.
    Table matview_columns;
    if (c.views.count(table))
        for (const auto& col : c.views.at(table).columns) matview_columns.columns.push_back(Column{col});
    const Table& t = c.tables.count(table) ? c.tables.at(table) : matview_columns;
    Index idx;
    idx.table = table;
    idx.unique = pgast::get_bool(body, "unique");
    idx.nulls_not_distinct = pgast::get_bool(body, "nulls_not_distinct");
    idx.method = pgast::get_string(body, "accessMethod", "btree");
    idx.tablespace = pgast::get_string(body, "tableSpace");
    idx.options = def_list_as_options(pgast::get_list(body, "options"));
    const auto& params = pgast::get_list(body, "indexParams");
    for (const auto& p : params) {
        IndexElement el = build_index_element(ctx, table, idx.method, pgast::node_body(p));
        if (!el.column.empty() && !t.find_column(el.column))
            throw StatementError("missing-object", "column \"" + el.column + "\" does not exist",
                                 ctx.offset_of(pgast::node_body(p)));
        if (el.expression) require_referenced_columns(t, *el.expression, ctx.offset_of(pgast::node_body(p)));
        idx.elements.push_back(std::move(el));
    }
    for (const auto& p : pgast::get_list(body, "indexIncludingParams")) {
        std::string col = pgast::get_string(pgast::node_body(p), "name");
        if (!t.find_column(col)) throw StatementError("missing-object", "column \"" + col + "\" does not exist");
        idx.include.push_back(col);
    }
    if (body.contains("whereClause"))
        idx.predicate = make_expr(body["whereClause"], ExprContext{ctx.scope(), table, ctx.location_base()});
    if (idx.predicate) require_referenced_columns(t, *idx.predicate, ctx.offset_of(pgast::node_body(body["whereClause"])));

    std::string name = pgast::get_string(body, "idxname");
    if (name.empty()) {
        name = choose_relation_name(ctx.catalog(), table.schema, table.name, name_addition(index_column_names(params)),
                                    "idx", false);
    } else if (ctx.catalog().has_relation({table.schema, name})) {
        if (pgast::get_bool(body, "if_not_exists")) {
            ctx.warn("exists", "relation \"" + name + "\" already exists, skipping");
            return;
        }
        throw StatementError("invalid", "relation \"" + name + "\" already exists");
    }
    idx.name = {table.schema, name};
    ctx.catalog().indexes[idx.name] = idx;
    ctx.define(index_key(idx.name));
}

}  // namespace pgfleet
