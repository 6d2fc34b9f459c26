#include "parser/columns.h"

#include "catalog/sql_name.h"
#include "parser/column_storage.h"
#include "parser/constraints.h"
#include "parser/expressions.h"
#include "parser/implicit_names.h"
#include "parser/index_elements.h"
#include "parser/literal_input.h"
#include "parser/null_default.h"
#include "parser/sequence_options.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

std::string serial_type_of(const pgast::Node& type_name) {
    auto names = pgast::string_list(pgast::get_list(type_name, "names"));
    if (names.size() != 1 || !pgast::get_list(type_name, "arrayBounds").empty()) return "";
    const std::string& n = names[0];
    if (n == "serial" || n == "serial4") return "integer";
    if (n == "bigserial" || n == "serial8") return "bigint";
    if (n == "smallserial" || n == "serial2") return "smallint";
    return "";
}

// DEFERRABLE / INITIALLY DEFERRED written after a column constraint modify that constraint.
void apply_attribute(std::vector<Constraint>& cons, const std::string& contype) {
    if (cons.empty()) return;
    Constraint& c = cons.back();
    if (contype == "CONSTR_ATTR_DEFERRABLE") c.deferrable = true;
    else if (contype == "CONSTR_ATTR_NOT_DEFERRABLE") c.deferrable = false;
    else if (contype == "CONSTR_ATTR_DEFERRED") c.initially_deferred = c.deferrable = true;
    else if (contype == "CONSTR_ATTR_IMMEDIATE") c.initially_deferred = false;
}

}  // namespace

ColumnDefinition build_column(StatementContext& ctx, const QualifiedName& table, const pgast::Node& def,
                              const Table* pending) {
    ColumnDefinition out;
    Column& col = out.column;
    col.name = pgast::get_string(def, "colname");
    const auto& type_name = def.at("typeName");
    out.serial_type = serial_type_of(type_name);
    if (!out.serial_type.empty()) {
        col.type = out.serial_type;
        col.not_null = true;
    } else {
        col.type = resolve_type(type_name, ctx.scope(), ctx.location_base()).sql;
    }
    if (def.contains("collClause"))
        col.collation = collation_name(ctx, pgast::get_list(def["collClause"], "collname"));
    // STORAGE in a column definition: PostgreSQL 16+ syntax (libpg_query 17).
    if (def.contains("storage_name")) set_column_storage(ctx.catalog(), col, pgast::get_string(def, "storage_name"));
    if (def.contains("compression")) set_column_compression(col, pgast::get_string(def, "compression"), ctx.offset_of(def));
    ExprContext ectx{ctx.scope(), table, ctx.location_base(), pending, col.type};
    for (const auto& item : pgast::get_list(def, "constraints")) {
        const auto& con = pgast::node_body(item);
        std::string contype = pgast::get_string(con, "contype");
        if (contype == "CONSTR_NOTNULL") {
            col.not_null = true;
            col.not_null_name = pgast::get_string(con, "conname");
        } else if (contype == "CONSTR_NULL") {
            col.not_null = false;
            col.not_null_name.clear();
        } else if (contype == "CONSTR_DEFAULT") {
            if (!out.serial_type.empty())
                throw StatementError("invalid", "multiple default values specified for column \"" + col.name + "\"",
                                     ctx.offset_of(con));
            require_literal_input(ctx, con.at("raw_expr"), col.type);
            if (default_is_stored_as_none(ctx, con.at("raw_expr"), col.type)) col.default_value.reset();
            else col.default_value = make_expr(con.at("raw_expr"), ectx);
        } else if (contype == "CONSTR_IDENTITY") {
            out.has_identity = true;
            col.not_null = true;
            col.identity = Identity{};
            col.identity->always = pgast::get_string(con, "generated_when") == "a";
            out.identity_options = pgast::get_list(con, "options");
        } else if (contype == "CONSTR_GENERATED") {
            col.generated = make_expr(con.at("raw_expr"), ectx);
            col.generated_virtual = pgast::get_string(con, "generated_kind") == "v";
        } else if (contype.rfind("CONSTR_ATTR_", 0) == 0) {
            apply_attribute(out.constraints, contype);
        } else if (is_table_constraint(contype)) {
            pgast::Node table_con = con;
            // A column constraint is the table constraint on just this column.
            pgast::Node key = pgast::Node::array({{{"String", {{"sval", col.name}}}}});
            if (contype == "CONSTR_PRIMARY" || contype == "CONSTR_UNIQUE") table_con["keys"] = key;
            if (contype == "CONSTR_FOREIGN") table_con["fk_attrs"] = key;
            Constraint c = build_constraint(ctx, table, table_con, pending);
            if (c.type == ConstraintType::PrimaryKey) col.not_null = true;
            out.constraints.push_back(std::move(c));
        } else {
            throw StatementError("invalid", contype.substr(7) + " is not a column constraint",
                                 ctx.offset_of(con));
        }
    }
    if (col.identity && col.default_value)
        throw StatementError("invalid", "both default and identity specified for column \"" + col.name + "\"");
    return out;
}

std::optional<Sequence> attach_column_sequence(StatementContext& ctx, const QualifiedName& table,
                                               ColumnDefinition& def, std::vector<std::string>& taken) {
    Column& col = def.column;
    if (def.serial_type.empty() && !def.has_identity) return std::nullopt;
    SequenceOptions options = default_sequence_options(def.has_identity ? col.type : def.serial_type, 1);
    if (options.type != "smallint" && options.type != "integer" && options.type != "bigint")
        throw StatementError("invalid", "identity column type must be smallint, integer, or bigint");
    std::vector<std::string> explicit_name;
    if (def.has_identity) {
        // "AS" is not allowed among identity options; the column type decides.
        SequenceOptions o = options;
        auto changes = apply_sequence_options(ctx, o, def.identity_options, true);
        options = o;
        explicit_name = changes.sequence_name;
    }
    QualifiedName seq_name;
    if (!explicit_name.empty()) {
        seq_name = explicit_name.size() >= 2 ? QualifiedName{explicit_name[explicit_name.size() - 2], explicit_name.back()}
                                             : QualifiedName{table.schema, explicit_name.back()};
    } else {
        seq_name = {table.schema, choose_relation_name(ctx.catalog(), table.schema, table.name, col.name, "seq", false,
                                                       taken)};
    }
    taken.push_back(seq_name.name);
    if (def.has_identity) {
        col.identity->sequence = seq_name;
        col.identity->options = options;
        return std::nullopt;
    }
    Sequence seq;
    seq.name = seq_name;
    seq.options = options;
    seq.privileges = ctx.new_object_privileges(seq_name.schema, "sequences");
    seq.owned_by = SequenceOwner{table, col.name};
    // nextval('schema.seq'::regclass), built the way server text is, so both sides agree.
    Catalog with_sequence;
    with_sequence.sequences[seq_name] = seq;
    std::vector<std::string> no_path;
    NameScope scope(with_sequence, no_path);
    col.default_value = make_expr_from_text(
        "nextval(" + sql_literal(sql_qualified(seq_name.schema, seq_name.name)) + "::regclass)", ExprContext{scope, {}, 0});
    return seq;
}

}  // namespace pgfleet
