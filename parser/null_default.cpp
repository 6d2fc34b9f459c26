#include "parser/null_default.h"

#include "catalog/dependencies.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

bool null_of_type(StatementContext& ctx, const pgast::Node& node, const std::string& type_sql) {
    if (pgast::is_node(node, "A_Const")) return pgast::get_bool(pgast::node_body(node), "isnull");
    if (!pgast::is_node(node, "TypeCast")) return false;
    const auto& cast = pgast::node_body(node);
    return resolve_type(cast.at("typeName"), ctx.scope(), ctx.location_base()).sql == type_sql &&
           null_of_type(ctx, cast.at("arg"), type_sql);
}

}  // namespace

bool default_is_stored_as_none(StatementContext& ctx, const pgast::Node& raw_expr, const std::string& type_sql) {
    if (type_sql.find('(') != std::string::npos) return false;
    auto user_type = referenced_type(type_sql);
    if (user_type && type_sql.find('[') == std::string::npos && ctx.catalog().domains.count(*user_type)) return false;
    return null_of_type(ctx, raw_expr, type_sql);
}

}  // namespace pgfleet
