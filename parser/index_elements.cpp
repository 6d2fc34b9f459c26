#include "parser/index_elements.h"

#include "catalog/sql_name.h"
#include "parser/def_elems.h"
#include "parser/default_opclasses.h"
#include "parser/expressions.h"

namespace pgfleet {

std::string collation_name(StatementContext& ctx, const pgast::Node& names_node) {
    auto names = pgast::string_list(names_node);
    if (names.empty()) return "";
    if (names.size() == 1) {
        // "default" means the type's own; otherwise a user collation on the search_path, else
        // a built-in one (pg_catalog).
        if (names[0] == "default") return "";
        auto user = ctx.scope().resolve(names, [&](const QualifiedName& q) { return ctx.catalog().collations.count(q) > 0; });
        if (user) return sql_qualified(user->schema, user->name);
        return sql_qualified("pg_catalog", names[0]);
    }
    return sql_qualified(names[names.size() - 2], names.back());
}

IndexElement build_index_element(StatementContext& ctx, const QualifiedName& table, const std::string& method,
                                 const pgast::Node& elem) {
    IndexElement out;
    out.column = pgast::get_string(elem, "name");
    if (elem.contains("expr")) {
        const auto& expr = elem["expr"];
        // (col) in parentheses is still a plain column key.
        if (pgast::is_node(expr, "ColumnRef") && pgast::get_list(expr["ColumnRef"], "fields").size() == 1 &&
            pgast::is_node(expr["ColumnRef"]["fields"][0], "String")) {
            out.column = pgast::string_value(expr["ColumnRef"]["fields"][0]);
        } else {
            out.expression = make_expr(expr, ExprContext{ctx.scope(), table, ctx.location_base()});
        }
    }
    out.collation = collation_name(ctx, pgast::get_list(elem, "collation"));
    auto opclass = pgast::string_list(pgast::get_list(elem, "opclass"));
    // Operator classes are not modeled objects; compare them by name alone.
    out.opclass_options = def_list_as_options(pgast::get_list(elem, "opclassopts"));
    if (!opclass.empty() && (!is_default_opclass(method, opclass.back()) || !out.opclass_options.empty()))
        out.opclass = opclass.back();
    out.descending = pgast::get_string(elem, "ordering") == "SORTBY_DESC";
    std::string nulls = pgast::get_string(elem, "nulls_ordering");
    if (nulls == "SORTBY_NULLS_FIRST" && !out.descending) out.nulls = NullsOrder::First;
    if (nulls == "SORTBY_NULLS_LAST" && out.descending) out.nulls = NullsOrder::Last;
    return out;
}

}  // namespace pgfleet
