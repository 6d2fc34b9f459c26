// CREATE TABLE.
#include "parser/columns.h"
#include "parser/constraints.h"
#include "parser/def_elems.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_table(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("relation");
    QualifiedName name = ctx.new_name(rv);
    if (ctx.catalog().has_relation(name) || ctx.catalog().has_type(name)) {
        if (pgast::get_bool(body, "if_not_exists")) {
            ctx.warn("exists", "relation \"" + name.name + "\" already exists, skipping");
            return;
        }
        throw StatementError("invalid", "relation \"" + name.name + "\" already exists", ctx.offset_of(rv));
    }
    for (const char* unsupported : {"inhRelations", "partspec", "partbound", "ofTypename"})
        if (body.contains(unsupported) && !body[unsupported].empty())
            throw StatementError("unsupported", "inheritance, partitioning and typed tables are not supported yet",
                                 ctx.offset_of(rv));
    Table table;
    table.name = name;
    table.persistence = pgast::get_string(rv, "relpersistence", "p");
    if (table.persistence == "t") throw StatementError("invalid", "temporary tables are not schema", ctx.offset_of(rv));
    table.options = def_list_as_options(pgast::get_list(body, "options"));

    std::vector<ColumnDefinition> columns;
    std::vector<pgast::Node> table_constraints;
    for (const auto& elt : pgast::get_list(body, "tableElts")) {
        std::string type = pgast::node_type(elt);
        if (type == "ColumnDef") {
            columns.push_back(build_column(ctx, name, elt["ColumnDef"], &table));
            if (table.find_column(columns.back().column.name))
                throw StatementError("invalid", "column \"" + columns.back().column.name + "\" specified more than once",
                                     ctx.offset_of(elt["ColumnDef"]));
            table.columns.push_back(columns.back().column);
        } else if (type == "Constraint") {
            table_constraints.push_back(elt["Constraint"]);
        } else {
            throw StatementError("unsupported", type + " in CREATE TABLE is not supported yet", ctx.offset_of(elt[type]));
        }
    }
    // Serial sequences are named before the table exists, in column order.
    std::vector<std::string> taken{name.name};
    std::vector<Sequence> sequences;
    for (auto& def : columns) {
        if (auto seq = attach_column_sequence(ctx, name, def, taken)) sequences.push_back(*seq);
        *table.find_column(def.column.name) = def.column;
    }
    std::vector<Constraint> constraints;
    for (auto& def : columns)
        for (auto& c : def.constraints) constraints.push_back(c);
    for (const auto& con : table_constraints) {
        Constraint c = build_constraint(ctx, name, con, &table);
        constraints.push_back(c);
    }
    for (const auto& c : constraints) {
        for (const auto& col : c.columns)
            if (!table.find_column(col))
                throw StatementError("missing-object", "column \"" + col + "\" named in key does not exist");
        if (c.type == ConstraintType::PrimaryKey)
            for (const auto& col : c.columns) table.find_column(col)->not_null = true;
    }
    add_named_constraints(ctx, table, constraints);

    for (auto& seq : sequences) {
        ctx.catalog().sequences[seq.name] = seq;
        ctx.define(sequence_key(seq.name), ctx.offset_of(rv));
    }
    ctx.catalog().tables[name] = table;
    ctx.define(table_key(name), ctx.offset_of(rv));
    for (const auto& col : table.columns) ctx.define(column_key(name, col.name), ctx.offset_of(rv));
    for (const auto& c : table.constraints) ctx.define(constraint_key(name, c.name), ctx.offset_of(rv));
}

}  // namespace pgfleet
