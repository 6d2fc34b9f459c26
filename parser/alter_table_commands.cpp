#include "parser/alter_table_commands.h"

#include <algorithm>
#include <map>

#include "catalog/inheritance.h"
#include "parser/alter_table_foreign_rules.h"
#include "parser/alter_table_parents.h"
#include "parser/column_refs.h"
#include "parser/column_storage.h"
#include "parser/columns.h"
#include "parser/constraints.h"
#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/literal_input.h"
#include "parser/null_default.h"
#include "parser/implicit_names.h"
#include "parser/index_uses.h"
#include "parser/index_elements.h"
#include "parser/object_removal.h"
#include "parser/partition_copies.h"
#include "parser/partitions.h"
#include "parser/sequence_options.h"
#include "parser/statement_error.h"
#include "parser/table_storage.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

using Command = void (*)(StatementContext&, const QualifiedName&, const pgast::Node&);

Table& table_of(StatementContext& ctx, const QualifiedName& t) { return ctx.catalog().tables.at(t); }

Column& column_of(StatementContext& ctx, const QualifiedName& t, const std::string& name) {
    Column* col = table_of(ctx, t).find_column(name);
    if (!col)
        throw StatementError("missing-object", "column \"" + name + "\" of relation \"" + t.name + "\" does not exist");
    return *col;
}

DropBehavior behavior_of(const pgast::Node& cmd) {
    return pgast::get_string(cmd, "behavior") == "DROP_CASCADE" ? DropBehavior::Cascade : DropBehavior::Restrict;
}

// Columns of a typed table change only with its type.
void refuse_if_typed(StatementContext& ctx, const QualifiedName& t, const std::string& what) {
    if (table_of(ctx, t).of_type) throw StatementError("invalid", "cannot " + what + " typed table");
}

void add_column(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    refuse_if_typed(ctx, t, "add column to");
    const auto& def = cmd.at("def").at("ColumnDef");
    Table table = table_of(ctx, t);
    std::string name = pgast::get_string(def, "colname");
    if (table.find_column(name)) {
        if (pgast::get_bool(cmd, "missing_ok")) return;
        throw StatementError("invalid", "column \"" + name + "\" of relation \"" + t.name + "\" already exists",
                             ctx.offset_of(def));
    }
    ColumnDefinition cd = build_column(ctx, t, def, &table);
    std::vector<std::string> taken;
    std::optional<Sequence> seq = attach_column_sequence(ctx, t, cd, taken);
    table.columns.push_back(cd.column);
    if (cd.column.generated) require_referenced_columns(table, *cd.column.generated, ctx.offset_of(def));
    for (const auto& c : cd.constraints)
        if (c.check) require_referenced_columns(table, *c.check, ctx.offset_of(def));
    bool has_pk = false;
    for (const auto& c : cd.constraints) has_pk |= c.type == ConstraintType::PrimaryKey;
    if (has_pk) table.find_column(name)->not_null = true;
    Table before = table;
    add_named_constraints(ctx, table, cd.constraints);
    std::vector<BuiltConstraint> built;
    for (const auto& c : cd.constraints) built.push_back({c, ctx.offset_of(def)});
    define_new_constraints(ctx, before, table, built);
    if (seq) ctx.catalog().sequences[seq->name] = *seq;
    table_of(ctx, t) = table;
    ctx.define(column_key(t, name), ctx.offset_of(def));
}

void drop_column(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    refuse_if_typed(ctx, t, "drop column from");
    std::string name = pgast::get_string(cmd, "name");
    if (!table_of(ctx, t).find_column(name)) {
        if (pgast::get_bool(cmd, "missing_ok")) return;
        column_of(ctx, t, name);
    }
    remove_column(ctx.catalog(), t, name, behavior_of(cmd));
}

void alter_column_type(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    refuse_if_typed(ctx, t, "alter column type of");
    Column& col = column_of(ctx, t, pgast::get_string(cmd, "name"));
    const auto& def = cmd.at("def").at("ColumnDef");
    std::string type = resolve_type(def.at("typeName"), ctx.scope(), ctx.location_base()).sql;
    std::string collation;
    if (def.contains("collClause")) collation = collation_name(ctx, pgast::get_list(def["collClause"], "collname"));
    col.type = type;
    col.collation = collation;
    // A new type brings its own storage and the default compression.
    col.storage.clear();
    col.compression.clear();
}

// ALTER TABLE t OF type: the columns must be the type's attributes, in order; NOT OF ends it.
void add_of(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    const CompositeType& type = typed_table_type(ctx, pgast::node_body(cmd.at("def")));
    Table& table = table_of(ctx, t);
    if (table.of_type) throw StatementError("invalid", "table \"" + t.name + "\" is already a typed table");
    if (table.columns.size() != type.attributes.size())
        throw StatementError("invalid", "table has a different number of columns than type " + type.name.name);
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const Column& c = table.columns[i];
        const CompositeAttribute& a = type.attributes[i];
        if (c.name != a.name) throw StatementError("invalid", "table has column \"" + c.name + "\" where type requires \"" + a.name + "\"");
        if (c.type != a.type) throw StatementError("invalid", "table \"" + t.name + "\" has different type for column \"" + c.name + "\"");
    }
    table.of_type = type.name;
}

void drop_of(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) {
    Table& table = table_of(ctx, t);
    if (!table.of_type) throw StatementError("invalid", "table \"" + t.name + "\" is not a typed table");
    table.of_type.reset();
}

// CLUSTER ON index / SET WITHOUT CLUSTER.
void cluster_on(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string index = pgast::get_string(cmd, "name");
    Table& table = table_of(ctx, t);
    if (!table_has_index(ctx.catalog(), t, index))
        throw StatementError("missing-object", "index \"" + index + "\" for table \"" + t.name + "\" does not exist");
    auto idx = ctx.catalog().indexes.find({t.schema, index});
    if (idx != ctx.catalog().indexes.end() && idx->second.predicate)
        throw StatementError("invalid", "cannot cluster on partial index \"" + index + "\"");
    if (idx != ctx.catalog().indexes.end() && idx->second.method != "btree" && idx->second.method != "gist")
        throw StatementError("invalid", "cannot cluster on index \"" + index + "\" because access method does not support clustering");
    table.clustered_index = index;
}

void drop_cluster(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { table_of(ctx, t).clustered_index.clear(); }

// ALTER COLUMN c SET STORAGE PLAIN|EXTERNAL|MAIN|EXTENDED.
void set_storage(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    Column& col = column_of(ctx, t, pgast::get_string(cmd, "name"));
    set_column_storage(ctx.catalog(), col, pgast::string_value(cmd.at("def")));
}

// ALTER COLUMN c SET COMPRESSION pglz|lz4|default.
void set_compression(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    Column& col = column_of(ctx, t, pgast::get_string(cmd, "name"));
    set_column_compression(col, pgast::string_value(cmd.at("def")), -1);
}

void column_default(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    Column& col = column_of(ctx, t, pgast::get_string(cmd, "name"));
    if (cmd.contains("def")) require_literal_input(ctx, cmd["def"], col.type);
    if (cmd.contains("def") && !default_is_stored_as_none(ctx, cmd["def"], col.type))
        col.default_value = make_expr(cmd["def"], ExprContext{ctx.scope(), t, ctx.location_base(), nullptr, col.type});
    else col.default_value.reset();
}

void set_not_null(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    column_of(ctx, t, pgast::get_string(cmd, "name")).not_null = true;
}

void drop_not_null(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    Column& col = column_of(ctx, t, name);
    for (const auto& c : table_of(ctx, t).constraints)
        if (c.type == ConstraintType::PrimaryKey && std::count(c.columns.begin(), c.columns.end(), name))
            throw StatementError("invalid", "column \"" + name + "\" is in a primary key");
    if (col.identity) throw StatementError("invalid", "column \"" + name + "\" is an identity column");
    col.not_null = false;
    col.not_null_name.clear();
}

// ALTER COLUMN DROP EXPRESSION: the stored values stay, the column is an ordinary one now.
void drop_expression(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    Column& col = column_of(ctx, t, name);
    if (!col.generated) {
        if (pgast::get_bool(cmd, "missing_ok")) return;
        throw StatementError("invalid", "column \"" + name + "\" of relation \"" + t.name + "\" is not a stored generated column");
    }
    if (col.generated_virtual)
        throw StatementError("invalid", "ALTER TABLE / DROP EXPRESSION is not supported for virtual generated columns");
    col.generated.reset();
}

// ALTER COLUMN SET EXPRESSION AS (expr) (17): a generated column computed another way.
void set_expression(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    Column& col = column_of(ctx, t, name);
    if (!col.generated)
        throw StatementError("invalid", "column \"" + name + "\" of relation \"" + t.name + "\" is not a generated column");
    col.generated = make_expr(cmd.at("def"), ExprContext{ctx.scope(), t, ctx.location_base(), nullptr, col.type});
}

// ALTER TABLE ADD CONSTRAINT name PRIMARY KEY USING INDEX idx: the index becomes the constraint's.
Constraint constraint_from_index(StatementContext& ctx, const QualifiedName& t, const pgast::Node& con) {
    std::string index_name = pgast::get_string(con, "indexname");
    QualifiedName iq{t.schema, index_name};
    auto it = ctx.catalog().indexes.find(iq);
    if (it == ctx.catalog().indexes.end())
        throw StatementError("missing-object", "index \"" + index_name + "\" does not exist");
    const Index& idx = it->second;
    Constraint c;
    c.name = pgast::get_string(con, "conname", index_name);
    c.type = pgast::get_string(con, "contype") == "CONSTR_PRIMARY" ? ConstraintType::PrimaryKey : ConstraintType::Unique;
    for (const auto& el : idx.elements) {
        if (el.column.empty()) throw StatementError("invalid", "index \"" + index_name + "\" contains expressions");
        c.columns.push_back(el.column);
    }
    c.include = idx.include;
    c.nulls_not_distinct = idx.nulls_not_distinct;
    c.index_options = idx.options;
    c.deferrable = pgast::get_bool(con, "deferrable");
    c.initially_deferred = pgast::get_bool(con, "initdeferred");
    ctx.catalog().indexes.erase(it);
    follow_index_rename(ctx.catalog(), t, index_name, c.name);
    return c;
}

void add_constraint(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    const auto& con = cmd.at("def").at("Constraint");
    Table table = table_of(ctx, t);
    Constraint c = pgast::get_string(con, "indexname").empty() ? build_constraint(ctx, t, con, &table)
                                                               : constraint_from_index(ctx, t, con);
    for (const auto& col : c.columns)
        if (!table.find_column(col)) throw StatementError("missing-object", "column \"" + col + "\" does not exist");
    if (c.check) require_referenced_columns(table, *c.check, ctx.offset_of(con));
    if (c.type == ConstraintType::PrimaryKey)
        for (const auto& col : c.columns) table.find_column(col)->not_null = true;
    Table before = table;
    add_named_constraints(ctx, table, {c});
    define_new_constraints(ctx, before, table, {{c, ctx.offset_of(con)}});
    table_of(ctx, t) = table;
    // A partitioned table's key makes its columns NOT NULL on every partition (the parent's
    // constraint, by its name, from PostgreSQL 18).
    if (c.type == ConstraintType::PrimaryKey && table.partition_by)
        for (const auto& below : tables_inheriting(ctx.catalog(), t)) {
            Table& part = table_of(ctx, below);
            if (!part.partition_of) continue;
            for (const auto& name : c.columns) {
                Column* col = part.find_column(name);
                if (!col || col->not_null) continue;
                col->not_null = true;
                col->not_null_name = not_null_name(t, *table.find_column(name));
                if (col->not_null_name == default_not_null_name(below.name, name)) col->not_null_name.clear();
            }
        }
}

void drop_constraint(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    if (!table_of(ctx, t).find_constraint(name)) {
        if (pgast::get_bool(cmd, "missing_ok")) return;
        throw StatementError("missing-object", "constraint \"" + name + "\" of relation \"" + t.name + "\" does not exist");
    }
    remove_constraint(ctx.catalog(), t, name, behavior_of(cmd));
}

Constraint& constraint_of(StatementContext& ctx, const QualifiedName& t, const std::string& name) {
    Constraint* c = table_of(ctx, t).find_constraint(name);
    if (!c) throw StatementError("missing-object", "constraint \"" + name + "\" of relation \"" + t.name + "\" does not exist");
    return *c;
}

void validate_constraint(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    constraint_of(ctx, t, pgast::get_string(cmd, "name")).validated = true;
}

void alter_constraint(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    const auto& con = cmd.at("def").at("Constraint");
    Constraint& c = constraint_of(ctx, t, pgast::get_string(con, "conname"));
    c.deferrable = pgast::get_bool(con, "deferrable");
    c.initially_deferred = pgast::get_bool(con, "initdeferred");
}

void add_identity(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    Column& col = column_of(ctx, t, name);
    if (col.identity) throw StatementError("invalid", "column \"" + name + "\" is already an identity column");
    if (col.default_value) throw StatementError("invalid", "column \"" + name + "\" already has a default value");
    const auto& con = cmd.at("def").at("Constraint");
    ColumnDefinition cd;
    cd.column = col;
    cd.has_identity = true;
    cd.column.identity = Identity{};
    cd.column.identity->always = pgast::get_string(con, "generated_when") == "a";
    cd.identity_options = pgast::get_list(con, "options");
    std::vector<std::string> taken;
    attach_column_sequence(ctx, t, cd, taken);
    cd.column.not_null = true;
    col = cd.column;
}

void set_identity(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    Column& col = column_of(ctx, t, name);
    if (!col.identity) throw StatementError("invalid", "column \"" + name + "\" is not an identity column");
    pgast::Node options = pgast::Node::array();
    for (const auto& item : pgast::get_list(cmd.at("def").at("List"), "items")) {
        const auto& d = pgast::node_body(item);
        if (pgast::get_string(d, "defname") == "generated") {
            col.identity->always = pgast::get_int(pgast::node_body(d["arg"]), "ival", 0) == 'a';
        } else {
            options.push_back(item);
        }
    }
    apply_sequence_options(ctx, col.identity->options, options, false);
}

void drop_identity(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    Column& col = column_of(ctx, t, name);
    if (!col.identity) {
        if (pgast::get_bool(cmd, "missing_ok")) return;
        throw StatementError("invalid", "column \"" + name + "\" is not an identity column");
    }
    col.identity.reset();
}

void change_owner(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    Table& table = table_of(ctx, t);
    table.owner = pgast::get_string(cmd.value("newowner", pgast::Node::object()), "rolename");
    drop_grants_to_new_owner(table.privileges, table.owner);
    for (auto& col : table.columns) drop_grants_to_new_owner(col.privileges, table.owner);
}

void set_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void set_column_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void reset_column_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void set_statistics(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);
void reset_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd);

void set_logged(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { table_of(ctx, t).persistence = "p"; }
// Row-level security settings remember the statement that last changed them (lint findings
// about them point there).
void set_rls(StatementContext& ctx, const QualifiedName& t, const char* setting, bool on) {
    Table& table = table_of(ctx, t);
    (std::string(setting) == "row_security" ? table.rls_enabled : table.rls_forced) = on;
    ctx.define_setting(table_key(t), setting);
}
void enable_rls(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { set_rls(ctx, t, "row_security", true); }
void disable_rls(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { set_rls(ctx, t, "row_security", false); }
void force_rls(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { set_rls(ctx, t, "force_row_security", true); }
void no_force_rls(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { set_rls(ctx, t, "force_row_security", false); }

// REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX name (a unique index of the table).
void set_replica_identity(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    const auto& def = pgast::node_body(cmd.at("def"));
    Table& table = table_of(ctx, t);
    if (table.foreign)
        throw StatementError("invalid", "ALTER action REPLICA IDENTITY cannot be performed on relation \"" + t.name +
                                            "\": this operation is not supported for foreign tables");
    std::string type = pgast::get_string(def, "identity_type");
    std::string index;
    if (type == "i") {
        index = pgast::get_string(def, "name");
        auto idx = ctx.catalog().indexes.find({t.schema, index});
        const Constraint* con = table.find_constraint(index);
        bool is_key = con && (con->type == ConstraintType::PrimaryKey || con->type == ConstraintType::Unique);
        if (!is_key && (idx == ctx.catalog().indexes.end() || idx->second.table != t))
            throw StatementError("missing-object",
                                 "index \"" + index + "\" for table \"" + t.name + "\" does not exist");
        if (!is_key && !idx->second.unique)
            throw StatementError("invalid", "cannot use non-unique index \"" + index + "\" as replica identity");
        if (!is_key) {
            const Index& i = idx->second;
            if (i.predicate) throw StatementError("invalid", "cannot use partial index \"" + index + "\" as replica identity");
            for (const auto& el : i.elements) {
                if (el.column.empty())
                    throw StatementError("invalid", "cannot use expression index \"" + index + "\" as replica identity");
                const Column* col = table.find_column(el.column);
                if (col && !col->not_null)
                    throw StatementError("invalid", "index \"" + index + "\" cannot be used as replica identity because column \"" +
                                                        el.column + "\" is nullable");
            }
        }
    }
    table.replica_identity = type;
    table.replica_identity_index = index;
    ctx.define_setting(table_key(t), "replica_identity");
}

// ENABLE/DISABLE TRIGGER name|ALL|USER: pg_trigger.tgenabled O (on), D (off), R (replica), A (always).
void set_trigger_state(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd, const std::string& state) {
    std::string subtype = pgast::get_string(cmd, "subtype");
    bool all = subtype.find("All") != std::string::npos || subtype.find("User") != std::string::npos;
    bool found = false;
    for (auto& [key, trig] : ctx.catalog().triggers) {
        if (trig.table != t) continue;
        if (!all && trig.name != pgast::get_string(cmd, "name")) continue;
        trig.enabled = state;
        found = true;
    }
    if (!found && !all)
        throw StatementError("missing-object", "trigger \"" + pgast::get_string(cmd, "name") + "\" for table \"" + t.name +
                                                   "\" does not exist");
}
void set_unlogged(StatementContext& ctx, const QualifiedName& t, const pgast::Node&) { table_of(ctx, t).persistence = "u"; }

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = {
        {"AT_AddColumn", add_column},
        {"AT_DropColumn", drop_column},
        {"AT_AlterColumnType", alter_column_type},
        {"AT_ColumnDefault", column_default},
        {"AT_SetNotNull", set_not_null},
        {"AT_DropNotNull", drop_not_null},
        {"AT_DropExpression", drop_expression},
        {"AT_SetExpression", set_expression},
        {"AT_AddConstraint", add_constraint},
        {"AT_DropConstraint", drop_constraint},
        {"AT_ValidateConstraint", validate_constraint},
        {"AT_AlterConstraint", alter_constraint},
        {"AT_AddIdentity", add_identity},
        {"AT_SetIdentity", set_identity},
        {"AT_DropIdentity", drop_identity},
        {"AT_ChangeOwner", change_owner},
        {"AT_SetRelOptions", set_options},
        {"AT_SetOptions", set_column_options},
        {"AT_ResetOptions", reset_column_options},
        {"AT_SetStatistics", set_statistics},
        {"AT_SetStorage", set_storage},
        {"AT_ClusterOn", cluster_on},
        {"AT_SetAccessMethod", [](StatementContext& c, const QualifiedName&, const pgast::Node& m) {
             warn_unmodeled_storage(c, pgast::get_string(m, "name"), "");
         }},
        {"AT_SetTableSpace", [](StatementContext& c, const QualifiedName&, const pgast::Node& m) {
             warn_unmodeled_storage(c, "", pgast::get_string(m, "name"));
         }},
        // WITH OIDS is gone since PostgreSQL 12: SET WITHOUT OIDS does nothing.
        {"AT_DropOids", [](StatementContext&, const QualifiedName&, const pgast::Node&) {}},
        // Ends a DETACH ... CONCURRENTLY that was interrupted; the model detached already.
        {"AT_DetachPartitionFinalize", [](StatementContext&, const QualifiedName&, const pgast::Node&) {}},
        {"AT_AddOf", add_of},
        {"AT_DropOf", drop_of},
        {"AT_DropCluster", drop_cluster},
        {"AT_SetCompression", set_compression},
        {"AT_ResetRelOptions", reset_options},
        {"AT_SetLogged", set_logged},
        {"AT_SetUnLogged", set_unlogged},
        {"AT_GenericOptions", alter_foreign_table_options},
        {"AT_AlterColumnGenericOptions", alter_foreign_column_options},
        {"AT_EnableRule", alter_rule_firing},
        {"AT_EnableAlwaysRule", alter_rule_firing},
        {"AT_EnableReplicaRule", alter_rule_firing},
        {"AT_DisableRule", alter_rule_firing},
        {"AT_AttachPartition", attach_partition},
        {"AT_DetachPartition", detach_partition},
        {"AT_AddInherit", add_inherit},
        {"AT_DropInherit", drop_inherit},
        {"AT_ReplicaIdentity", set_replica_identity},
        {"AT_EnableRowSecurity", enable_rls},
        {"AT_DisableRowSecurity", disable_rls},
        {"AT_ForceRowSecurity", force_rls},
        {"AT_NoForceRowSecurity", no_force_rls},
        {"AT_EnableTrig", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "O"); }},
        {"AT_EnableAlwaysTrig", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "A"); }},
        {"AT_EnableReplicaTrig", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "R"); }},
        {"AT_DisableTrig", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "D"); }},
        {"AT_EnableTrigAll", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "O"); }},
        {"AT_DisableTrigAll", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "D"); }},
        {"AT_EnableTrigUser", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "O"); }},
        {"AT_DisableTrigUser", [](StatementContext& c, const QualifiedName& t, const pgast::Node& m) { set_trigger_state(c, t, m, "D"); }},
    };
    return table;
}

// SET (a=1, b=2) over existing options: replaced ones drop out, new ones go last (as the
// server keeps them).
void merge_options(std::vector<std::string>& options, const pgast::Node& list) {
    for (const auto& opt : def_list_as_options(list)) {
        std::string key = opt.substr(0, opt.find('='));
        options.erase(std::remove_if(options.begin(), options.end(),
                                     [&](const std::string& o) { return o.substr(0, o.find('=')) == key; }),
                      options.end());
        options.push_back(opt);
    }
}

void drop_options(std::vector<std::string>& options, const pgast::Node& list) {
    for (const auto& item : list) {
        std::string key = pgast::get_string(pgast::node_body(item), "defname");
        options.erase(std::remove_if(options.begin(), options.end(),
                                     [&](const std::string& o) { return o.substr(0, o.find('=')) == key; }),
                      options.end());
    }
}

const pgast::Node& option_items(const pgast::Node& cmd) {
    static const pgast::Node none = pgast::Node::array();
    const auto& def = cmd.at("def");
    return def.contains("List") && def["List"].contains("items") ? def["List"]["items"] : none;
}

// ALTER COLUMN c SET (n_distinct = ...) / RESET (...): per-column planner options.
void set_column_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    merge_options(column_of(ctx, t, pgast::get_string(cmd, "name")).options, option_items(cmd));
}

void reset_column_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    drop_options(column_of(ctx, t, pgast::get_string(cmd, "name")).options, option_items(cmd));
}

// ALTER COLUMN c SET STATISTICS n (-1 restores the default).
void set_statistics(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    long long target = def_arg_int(cmd.at("def"));
    column_of(ctx, t, pgast::get_string(cmd, "name")).statistics = static_cast<int>(target);
}

void set_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    merge_options(table_of(ctx, t).options, cmd.at("def").at("List").value("items", pgast::Node::array()));
}

void reset_options(StatementContext& ctx, const QualifiedName& t, const pgast::Node& cmd) {
    drop_options(table_of(ctx, t).options, cmd.at("def").at("List").value("items", pgast::Node::array()));
}

}  // namespace

void apply_alter_view_command(StatementContext& ctx, View& view, const pgast::Node& cmd) {
    std::string subtype = pgast::get_string(cmd, "subtype");
    if (subtype == "AT_SetRelOptions") merge_options(view.options, cmd.at("def").at("List").value("items", pgast::Node::array()));
    else if (subtype == "AT_ResetRelOptions") drop_options(view.options, cmd.at("def").at("List").value("items", pgast::Node::array()));
    else if (subtype == "AT_ChangeOwner") {
        view.owner = pgast::get_string(cmd.value("newowner", pgast::Node::object()), "rolename");
        drop_grants_to_new_owner(view.privileges, view.owner);
        for (auto it = view.column_privileges.begin(); it != view.column_privileges.end();) {
            drop_grants_to_new_owner(it->second, view.owner);
            it = it->second.empty() ? view.column_privileges.erase(it) : std::next(it);
        }
    }
    else if (subtype == "AT_ColumnDefault" && !view.materialized) {
        std::string column = pgast::get_string(cmd, "name");
        if (std::find(view.columns.begin(), view.columns.end(), column) == view.columns.end())
            throw StatementError("missing-object", "column \"" + column + "\" of relation \"" + view.name.name + "\" does not exist");
        if (cmd.contains("def"))
            view.column_defaults[column] = make_expr(cmd["def"], ExprContext{ctx.scope(), std::nullopt, ctx.location_base()});
        else view.column_defaults.erase(column);
    }
    else throw StatementError("unsupported", "ALTER VIEW " + subtype.substr(3) + " is not supported");
}

void apply_alter_index_command(StatementContext& ctx, const QualifiedName& name, const pgast::Node& cmd) {
    Catalog& c = ctx.catalog();
    std::string subtype = pgast::get_string(cmd, "subtype");
    auto idx = c.indexes.find(name);
    // An index that backs a constraint keeps its storage parameters on the constraint.
    Constraint* backing = nullptr;
    if (idx == c.indexes.end())
        for (auto& [tn, t] : c.tables)
            if (tn.schema == name.schema)
                if (Constraint* con = t.find_constraint(name.name)) backing = con;
    if (idx == c.indexes.end() && !backing) throw StatementError("invalid", "\"" + name.name + "\" is not an index");
    std::vector<std::string>& options = backing ? backing->index_options : idx->second.options;
    if (subtype == "AT_SetRelOptions") {
        merge_options(options, option_items(cmd));
    } else if (subtype == "AT_ResetRelOptions") {
        drop_options(options, option_items(cmd));
    } else if (subtype == "AT_SetStatistics") {
        long long column = pgast::get_int(cmd, "num", 0);
        if (backing || column < 1 || column > static_cast<long long>(idx->second.elements.size()))
            throw StatementError("invalid", "column number " + std::to_string(column) + " of index \"" + name.name +
                                                "\" does not exist");
        IndexElement& el = idx->second.elements[column - 1];
        if (!el.expression)
            throw StatementError("invalid", "cannot alter statistics on non-expression column \"" + el.column +
                                                "\" of index \"" + name.name + "\"");
        el.statistics = static_cast<int>(def_arg_int(cmd.at("def")));
    } else if (subtype == "AT_AttachPartition") {
        attach_partition_index(ctx, name, cmd);
    } else if (subtype == "AT_ChangeOwner") {
        ctx.warn("ignored", "an index has its table's owner; ALTER INDEX ... OWNER TO is ignored, as PostgreSQL ignores it");
    } else {
        throw StatementError("invalid", "ALTER INDEX " + subtype.substr(3) + " does not apply to an index");
    }
}

void apply_alter_table_command(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd) {
    std::string subtype = pgast::get_string(cmd, "subtype");
    auto it = commands().find(subtype);
    if (it == commands().end())
        throw StatementError("invalid", "ALTER TABLE " + subtype.substr(3) + " is not a command of ALTER TABLE");
    it->second(ctx, table, cmd);
}

}  // namespace pgfleet
