// ALTER TABLE (and ALTER SEQUENCE/INDEX forms that share its statement node).
#include <algorithm>

#include "catalog/inheritance.h"
#include "parser/alter_table_commands.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_alter_table(StatementContext& ctx, const pgast::Node& body) {
    // ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE shares this statement node.
    if (pgast::get_string(body, "objtype") == "OBJECT_TYPE") return handle_alter_composite_type(ctx, body);
    const auto& rv = body.at("relation");
    auto names = range_var_names(rv);
    Catalog& c = ctx.catalog();
    auto rel = ctx.scope().find_relation(names);
    if (!rel) {
        if (pgast::get_bool(body, "missing_ok")) {
            ctx.warn("missing", "relation \"" + names.back() + "\" does not exist, skipping");
            return;
        }
        throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", ctx.offset_of(rv));
    }
    for (const auto& item : pgast::get_list(body, "cmds")) {
        const auto& cmd = pgast::node_body(item);
        std::string subtype = pgast::get_string(cmd, "subtype");
        if (c.sequences.count(*rel)) {
            Sequence& seq = c.sequences.at(*rel);
            if (subtype == "AT_SetLogged" || subtype == "AT_SetUnLogged") {
                seq.unlogged = subtype == "AT_SetUnLogged";
                continue;
            }
            if (subtype != "AT_ChangeOwner")
                throw StatementError("invalid", "ALTER TABLE " + subtype.substr(3) + " does not apply to a sequence");
            seq.owner = pgast::get_string(cmd.value("newowner", pgast::Node::object()), "rolename");
            drop_grants_to_new_owner(seq.privileges, seq.owner);
            continue;
        }
        if (pgast::get_string(body, "objtype") == "OBJECT_INDEX" || c.indexes.count(*rel) ||
            (!c.tables.count(*rel) && !c.views.count(*rel))) {
            apply_alter_index_command(ctx, *rel, cmd);
            continue;
        }
        if (auto view = c.views.find(*rel); view != c.views.end()) {
            apply_alter_view_command(ctx, view->second, cmd);
            continue;
        }
        if (!c.tables.count(*rel))
            throw StatementError("invalid", "\"" + rel->name + "\" is not a table, view, index or sequence", ctx.offset_of(rv));
        apply_alter_table_command(ctx, *rel, cmd);
        // A default, statistics target, storage or NOT NULL set without ONLY reaches every
        // table that takes the column from this one.
        if ((subtype == "AT_ColumnDefault" || subtype == "AT_SetStatistics" || subtype == "AT_SetStorage" ||
             subtype == "AT_SetNotNull" || subtype == "AT_DropNotNull") &&
            pgast::get_bool(rv, "inh"))
            for (const auto& child : tables_inheriting(c, *rel))
                if (c.tables.at(child).find_column(pgast::get_string(cmd, "name")))
                    apply_alter_table_command(ctx, child, cmd);
    }
}

}  // namespace pgfleet
