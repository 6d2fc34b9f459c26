// CREATE TABLE.
#include <algorithm>

#include "parser/column_refs.h"
#include "parser/columns.h"
#include "parser/constraints.h"
#include "parser/def_elems.h"
#include "parser/handlers.h"
#include "parser/table_storage.h"
#include "parser/partitions.h"
#include "pgast/parse.h"
#include "parser/statement_error.h"
#include "parser/table_like.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

// A column a partition or child table takes from its parent, redeclared with options
// (PARTITION OF p (c DEFAULT 1), or a child repeating a parent's column).
void merge_inherited_column(StatementContext& ctx, Table& table, Column& inherited, const pgast::Node& def,
                            std::vector<Constraint>& constraints) {
    pgast::Node with_type = def;
    bool typed = def.contains("typeName");
    if (!typed) with_type["typeName"] = pgast::parse_type_name(inherited.type);
    ColumnDefinition cd = build_column(ctx, table.name, with_type, &table);
    if (typed && cd.column.type != inherited.type)
        throw StatementError("invalid", "column \"" + inherited.name + "\" has a type conflict", ctx.offset_of(def));
    if (cd.column.default_value) inherited.default_value = cd.column.default_value;
    // A NOT NULL the child declares is its own constraint, named for the child; else the
    // child's takes the parent's name (PostgreSQL 18).
    if (cd.column.not_null) inherited.not_null_name = cd.column.not_null_name;
    inherited.not_null = inherited.not_null || cd.column.not_null;
    // A child that declares the column itself owns it; partitions never do.
    if (typed && !table.partition_of) inherited.local = true;
    constraints.insert(constraints.end(), cd.constraints.begin(), cd.constraints.end());
}

// A foreign key of the table to itself without columns takes the primary key the statement
// declares, before or after it (PostgreSQL reads the whole statement first).
void reference_own_primary_key(const QualifiedName& name, std::vector<Constraint>& constraints,
                               std::vector<BuiltConstraint>& built, int offset) {
    auto is_pk = [](const Constraint& c) { return c.type == ConstraintType::PrimaryKey; };
    auto pk = std::find_if(constraints.begin(), constraints.end(), is_pk);
    auto complete = [&](Constraint& c) {
        if (c.type != ConstraintType::ForeignKey || c.references.table != name || !c.references.columns.empty()) return;
        if (pk == constraints.end())
            throw StatementError("invalid", "there is no primary key for referenced table \"" + name.name + "\"", offset);
        c.references.columns = pk->columns;
    };
    for (auto& c : constraints) complete(c);
    for (auto& b : built) complete(b.constraint);
}

}  // namespace

const CompositeType& typed_table_type(StatementContext& ctx, const pgast::Node& type_name) {
    ResolvedType t = resolve_type(type_name, ctx.scope(), ctx.location_base());
    auto it = t.user_type ? ctx.catalog().composite_types.find(*t.user_type) : ctx.catalog().composite_types.end();
    if (it == ctx.catalog().composite_types.end() || t.sql.find('[') != std::string::npos)
        throw StatementError("invalid", "type " + t.sql + " is not a composite type",
                             ctx.location_base() + static_cast<int>(pgast::get_int(type_name, "location", 0)));
    return it->second;
}

void handle_create_table(StatementContext& ctx, const pgast::Node& body) { create_table(ctx, body, false); }

void create_table(StatementContext& ctx, const pgast::Node& body, bool foreign) {
    const auto& rv = body.at("relation");
    QualifiedName name = ctx.new_name(rv);
    if (ctx.catalog().has_relation(name) || ctx.catalog().has_type(name)) {
        if (pgast::get_bool(body, "if_not_exists")) {
            ctx.warn("exists", "relation \"" + name.name + "\" already exists, skipping");
            return;
        }
        throw StatementError("invalid", "relation \"" + name.name + "\" already exists", ctx.offset_of(rv));
    }
    Table table;
    table.name = name;
    // A typed table's columns are its type's attributes; the table may add options to them.
    if (body.contains("ofTypename")) {
        const CompositeType& type = typed_table_type(ctx, body["ofTypename"]);
        table.of_type = type.name;
        for (const auto& a : type.attributes)
            table.columns.push_back(Column{.name = a.name, .type = a.type, .collation = a.collation, .local = false});
    }
    if (body.contains("partspec")) table.partition_by = build_partition_key(ctx, name, body["partspec"]);
    for (const auto& parent_rv : pgast::get_list(body, "inhRelations")) {
        QualifiedName parent = ctx.existing_table(pgast::node_body(parent_rv));
        const Table& p = ctx.catalog().tables.at(parent);
        if (body.contains("partbound")) {
            table.partition_of = PartitionOf{parent, build_partition_bound(ctx, p, body["partbound"])};
        } else {
            if (p.partition_by) throw StatementError("invalid", "cannot inherit from partitioned table \"" + parent.name + "\"");
            table.inherits.push_back(parent);
        }
        inherit_columns(p, table);
    }
    table.persistence = pgast::get_string(rv, "relpersistence", "p");
    if (table.persistence == "t") throw StatementError("invalid", "temporary tables are not schema", ctx.offset_of(rv));
    warn_unmodeled_storage(ctx, pgast::get_string(body, "accessMethod"), pgast::get_string(body, "tablespacename"));
    table.options = def_list_as_options(pgast::get_list(body, "options"));
    table.privileges = ctx.new_object_privileges(name.schema, "tables");

    std::vector<ColumnDefinition> columns;
    std::vector<int> column_offsets;
    std::vector<pgast::Node> table_constraints;
    std::vector<Constraint> inherited_constraints;
    std::vector<TableLike> likes;
    for (const auto& elt : pgast::get_list(body, "tableElts")) {
        std::string type = pgast::node_type(elt);
        if (type == "ColumnDef") {
            const auto& def = elt["ColumnDef"];
            if (Column* inherited = table.find_column(pgast::get_string(def, "colname")); inherited && !inherited->local) {
                merge_inherited_column(ctx, table, *inherited, def, inherited_constraints);
                continue;
            }
            if (table.of_type)
                throw StatementError("missing-object", "column \"" + pgast::get_string(def, "colname") + "\" does not exist",
                                     ctx.offset_of(def));
            columns.push_back(build_column(ctx, name, def, &table));
            column_offsets.push_back(ctx.offset_of(def));
            if (table.find_column(columns.back().column.name))
                throw StatementError("invalid", "column \"" + columns.back().column.name + "\" specified more than once",
                                     ctx.offset_of(def));
            table.columns.push_back(columns.back().column);
        } else if (type == "Constraint") {
            table_constraints.push_back(elt["Constraint"]);
        } else if (type == "TableLikeClause") {
            likes.push_back(add_like_columns(ctx, table, elt["TableLikeClause"]));
        } else {
            throw StatementError("invalid", type + " is not an element of CREATE TABLE", ctx.offset_of(elt[type]));
        }
    }
    if (table.of_type)
        for (auto& col : table.columns) col.local = true;
    // Serial sequences are named before the table exists, in column order.
    std::vector<std::string> taken{name.name};
    std::vector<Sequence> sequences;
    for (auto& def : columns) {
        if (auto seq = attach_column_sequence(ctx, name, def, taken)) sequences.push_back(*seq);
        *table.find_column(def.column.name) = def.column;
    }
    std::vector<Constraint> constraints;
    std::vector<BuiltConstraint> built;
    for (size_t i = 0; i < columns.size(); ++i)
        for (auto& c : columns[i].constraints) {
            constraints.push_back(c);
            built.push_back({c, column_offsets[i]});
        }
    for (const auto& con : table_constraints) {
        Constraint c = build_constraint(ctx, name, con, &table);
        constraints.push_back(c);
        built.push_back({c, ctx.offset_of(con)});
    }
    constraints.insert(constraints.end(), inherited_constraints.begin(), inherited_constraints.end());
    reference_own_primary_key(name, constraints, built, ctx.offset_of(rv));
    for (auto& c : constraints) {
        // A new table has no rows to check: NOT VALID constraints start valid (not so on a
        // foreign table, whose rows live elsewhere).
        if (!foreign) c.validated = true;
        for (const auto& col : c.columns)
            if (!table.find_column(col))
                throw StatementError("missing-object", "column \"" + col + "\" named in key does not exist");
        if (c.type == ConstraintType::PrimaryKey)
            for (const auto& col : c.columns) table.find_column(col)->not_null = true;
    }
    for (const auto& b : built)
        if (b.constraint.type == ConstraintType::Check && b.constraint.check)
            require_referenced_columns(table, *b.constraint.check, b.offset);
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].column.generated) require_referenced_columns(table, *columns[i].column.generated, column_offsets[i]);
    add_named_constraints(ctx, table, constraints);
    // LIKE copies are named after the table's own constraints, as PostgreSQL adds them later.
    for (const auto& like : likes) {
        std::vector<Constraint> copies = like_constraints(ctx, table, like);
        for (const auto& c : copies) built.push_back({c, like.offset});
        add_named_constraints(ctx, table, copies);
    }

    for (auto& seq : sequences) {
        ctx.catalog().sequences[seq.name] = seq;
        ctx.define(sequence_key(seq.name), ctx.offset_of(rv));
    }
    ctx.catalog().tables[name] = table;
    ctx.define(table_key(name), ctx.offset_of(rv));
    for (const auto& col : table.columns) ctx.define(column_key(name, col.name), ctx.offset_of(rv));
    for (size_t i = 0; i < columns.size(); ++i) ctx.define(column_key(name, columns[i].column.name), column_offsets[i]);
    for (const auto& c : table.constraints) ctx.define(constraint_key(name, c.name), ctx.offset_of(rv));
    define_new_constraints(ctx, Table{}, table, built);
    for (const auto& like : likes) add_like_indexes(ctx, table, like);
}

}  // namespace pgfleet
