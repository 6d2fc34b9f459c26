// CREATE FOREIGN TABLE (a table whose rows live behind a server), and IMPORT FOREIGN SCHEMA,
// which is refused: what it creates depends on the remote side at the time it runs.
#include "parser/generic_options.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// Foreign tables take NOT NULL, CHECK and DEFAULT; keys need an index the server cannot build.
void check_constraint_kinds(StatementContext& ctx, const pgast::Node& constraints) {
    for (const auto& item : constraints) {
        const auto& con = pgast::node_body(item);
        std::string type = pgast::get_string(con, "contype");
        if (type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE" || type == "CONSTR_FOREIGN" ||
            type == "CONSTR_EXCLUSION" || type == "CONSTR_IDENTITY")
            throw StatementError("invalid", "this constraint is not supported on foreign tables", ctx.offset_of(con));
    }
}

}  // namespace

void handle_create_foreign_table(StatementContext& ctx, const pgast::Node& body) {
    const auto& base = body.at("base");
    std::string server = pgast::get_string(body, "servername");
    if (!ctx.catalog().foreign_servers.count(server))
        throw StatementError("missing-object", "server \"" + server + "\" does not exist");
    ForeignTableInfo info;
    info.server = server;
    apply_generic_options(ctx, info.options, pgast::get_list(body, "options"));
    for (const auto& elt : pgast::get_list(base, "tableElts")) {
        if (pgast::is_node(elt, "Constraint")) {
            check_constraint_kinds(ctx, pgast::Node::array({elt}));
            continue;
        }
        if (!pgast::is_node(elt, "ColumnDef")) continue;
        const auto& def = elt["ColumnDef"];
        check_constraint_kinds(ctx, pgast::get_list(def, "constraints"));
        std::vector<std::string> options;
        apply_generic_options(ctx, options, pgast::get_list(def, "fdwoptions"));
        if (!options.empty()) info.column_options[pgast::get_string(def, "colname")] = options;
    }
    QualifiedName name = ctx.new_name(base.at("relation"));
    bool existed = ctx.catalog().tables.count(name) > 0;
    create_table(ctx, base, true);
    if (!existed && ctx.catalog().tables.count(name)) ctx.catalog().tables.at(name).foreign = info;
}

void handle_import_foreign_schema(StatementContext& ctx, const pgast::Node& body) {
    throw StatementError("unsupported",
                         "IMPORT FOREIGN SCHEMA creates whatever the remote server has when it runs, so it cannot be "
                         "planned; declare the tables with CREATE FOREIGN TABLE");
}

}  // namespace pgfleet
