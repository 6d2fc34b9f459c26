// CLUSTER table USING index: besides reordering the rows (data, not schema) it marks the
// index as the table's clustering index, as ALTER TABLE ... CLUSTER ON does.
#include "parser/alter_table_commands.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_cluster(StatementContext& ctx, const pgast::Node& body) {
    std::string index = pgast::get_string(body, "indexname");
    if (!body.contains("relation") || index.empty()) {
        ctx.warn("not-schema", "CLUSTER without USING reorders rows, not schema; ignored");
        return;
    }
    const auto& rv = body.at("relation");
    auto names = range_var_names(rv);
    auto table = ctx.scope().find_table(names);
    if (!table) throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", ctx.offset_of(rv));
    pgast::Node cmd = pgast::Node::object();
    cmd["subtype"] = "AT_ClusterOn";
    cmd["name"] = index;
    apply_alter_table_command(ctx, *table, cmd);
}

}  // namespace pgfleet
