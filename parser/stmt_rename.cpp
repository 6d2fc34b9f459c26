// ALTER ... RENAME: tables, columns, constraints, indexes, sequences, types, schemas.
#include <algorithm>

#include "catalog/not_null_name.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/index_uses.h"
#include "parser/query_binder.h"
#include "parser/relation_moves.h"
#include "parser/routine_moves.h"
#include "parser/schema_rename.h"
#include "parser/rename_dependents.h"
#include "pgast/deparse.h"
#include "parser/object_lookup.h"
#include "parser/object_rename.h"
#include "parser/statement_error.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

void rename_column_refs(pgast::Node& node, const std::string& from, const std::string& to) {
    if (node.is_array()) {
        for (auto& c : node) rename_column_refs(c, from, to);
        return;
    }
    if (!node.is_object()) return;
    if (pgast::is_node(node, "ColumnRef")) {
        auto& fields = node["ColumnRef"]["fields"];
        if (!fields.empty() && pgast::string_value(fields.back()) == from) fields.back()["String"]["sval"] = to;
        return;
    }
    for (auto& [k, v] : node.items()) rename_column_refs(v, from, to);
}

// Re-derives an expression after one of its table's columns was renamed.
void rename_in_expr(StatementContext& ctx, std::optional<Expr>& e, const QualifiedName& table, const std::string& from,
                    const std::string& to) {
    if (!e) return;
    ObjectKey key = column_key(table, from);
    if (std::find(e->refs.begin(), e->refs.end(), key) == e->refs.end()) return;
    pgast::Node tree = pgast::parse_expression(e->sql);
    rename_column_refs(tree, from, to);
    e = make_expr(tree, ExprContext{ctx.scope(), table, 0});
}

void rename_column(StatementContext& ctx, const QualifiedName& tq, const std::string& from, const std::string& to,
                   bool only = false) {
    Catalog& c = ctx.catalog();
    Table& t = c.tables.at(tq);
    if (!t.find_column(from)) throw StatementError("missing-object", "column \"" + from + "\" does not exist");
    if (t.find_column(to)) throw StatementError("invalid", "column \"" + to + "\" already exists");
    if (t.of_type) throw StatementError("invalid", "cannot rename column of typed table");
    // Inheriting tables and partitions have the column too, and it is renamed there as well.
    std::vector<QualifiedName> children;
    for (const auto& [n, other] : c.tables)
        if ((other.partition_of && other.partition_of->parent == tq) ||
            std::find(other.inherits.begin(), other.inherits.end(), tq) != other.inherits.end())
            if (const Column* col = other.find_column(from); col && !col->local) children.push_back(n);
    if (only && !children.empty())
        throw StatementError("invalid", "inherited column \"" + from + "\" must be renamed in child tables too");
    RenameDependents dependents(ctx, NameChange{NameChange::What::Column, tq, tq, from, to});
    auto swap_name = [&](std::string& s) { if (s == from) s = to; };
    pin_not_null_name(tq, *t.find_column(from));  // the NOT NULL keeps its name (PostgreSQL 18)
    t.find_column(from)->name = to;
    for (auto& [k, trg] : c.triggers)
        if (trg.table == tq) std::replace(trg.update_columns.begin(), trg.update_columns.end(), from, to);
    if (t.partition_by)
        for (auto& el : t.partition_by->elements) swap_name(el.column);
    for (auto& col : t.columns) {
        rename_in_expr(ctx, col.default_value, tq, from, to);
        rename_in_expr(ctx, col.generated, tq, from, to);
    }
    for (auto& con : t.constraints) {
        for (auto& s : con.columns) swap_name(s);
        for (auto& s : con.include) swap_name(s);
        for (auto& e : con.exclusion) {
            swap_name(e.element.column);
            rename_in_expr(ctx, e.element.expression, tq, from, to);
        }
        rename_in_expr(ctx, con.check, tq, from, to);
        rename_in_expr(ctx, con.where, tq, from, to);
    }
    for (auto& [tn, other] : c.tables)
        for (auto& con : other.constraints)
            if (con.type == ConstraintType::ForeignKey && con.references.table == tq)
                for (auto& s : con.references.columns) swap_name(s);
    for (auto& [n, idx] : c.indexes) {
        if (idx.table != tq) continue;
        for (auto& el : idx.elements) {
            swap_name(el.column);
            rename_in_expr(ctx, el.expression, tq, from, to);
        }
        for (auto& s : idx.include) swap_name(s);
        rename_in_expr(ctx, idx.predicate, tq, from, to);
    }
    for (auto& [n, seq] : c.sequences)
        if (seq.owned_by && seq.owned_by->table == tq) swap_name(seq.owned_by->column);
    follow_column_rename(c, tq, from, to);
    dependents.apply(ctx);
    for (const auto& child : children) rename_column(ctx, child, from, to);
}

// ALTER VIEW v RENAME COLUMN: the view's output name, and what reads it by that name.
void rename_view_column(StatementContext& ctx, const QualifiedName& vq, const std::string& from, const std::string& to) {
    View& v = ctx.catalog().views.at(vq);
    auto it = std::find(v.columns.begin(), v.columns.end(), from);
    if (it == v.columns.end())
        throw StatementError("missing-object", "column \"" + from + "\" of relation \"" + vq.name + "\" does not exist");
    if (std::find(v.columns.begin(), v.columns.end(), to) != v.columns.end())
        throw StatementError("invalid", "column \"" + to + "\" of relation \"" + vq.name + "\" already exists");
    RenameDependents dependents(ctx, NameChange{NameChange::What::Column, vq, vq, from, to});
    size_t position = static_cast<size_t>(it - v.columns.begin());
    BoundQuery q = bind_query(pgast::parse_statement(v.query.sql), ctx.scope());
    auto& targets = q.bound["SelectStmt"]["targetList"];
    if (targets.is_array() && position < targets.size()) targets[position]["ResTarget"]["name"] = to;
    *it = to;
    BoundQuery again = bind_query(pgast::parse_statement(pgast::deparse_statement(q.bound)), ctx.scope());
    v.query = make_statement_expr(again.as_written, again.bound, ExprContext{ctx.scope(), std::nullopt, 0}, again.refs);
    for (auto* keyed : {&v.column_comments})
        if (auto node = keyed->extract(from)) {
            node.key() = to;
            keyed->insert(std::move(node));
        }
    if (auto node = v.column_defaults.extract(from)) {
        node.key() = to;
        v.column_defaults.insert(std::move(node));
    }
    if (auto node = v.column_privileges.extract(from)) {
        node.key() = to;
        v.column_privileges.insert(std::move(node));
    }
    dependents.apply(ctx);
}

// The column whose NOT NULL constraint (PostgreSQL 18) has that name.
Column* not_null_column(Table& t, const std::string& name) {
    for (auto& col : t.columns)
        if (col.not_null && not_null_name(t.name, col) == name) return &col;
    return nullptr;
}

// RENAME CONSTRAINT of a NOT NULL: inheriting tables and partitions whose NOT NULL has the
// same name follow, as PostgreSQL renames an inherited constraint throughout the tree.
void rename_not_null(Catalog& c, const QualifiedName& tq, const std::string& from, const std::string& to) {
    Column* col = not_null_column(c.tables.at(tq), from);
    if (!col) throw StatementError("missing-object", "constraint \"" + from + "\" does not exist");
    col->not_null_name = to;
    for (auto& [n, other] : c.tables) {
        bool child = (other.partition_of && other.partition_of->parent == tq) ||
                     std::find(other.inherits.begin(), other.inherits.end(), tq) != other.inherits.end();
        if (child && not_null_column(other, from)) rename_not_null(c, n, from, to);
    }
}

// True when a key constraint (whose index carries the name) of a table in that schema is so named.
bool constraint_index_named(const Catalog& c, const QualifiedName& name) {
    for (const auto& [tn, t] : c.tables)
        if (tn.schema == name.schema && t.find_constraint(name.name)) return true;
    return false;
}

template <class Map>
void rename_in_map(Map& map, const QualifiedName& from, const std::string& to) {
    auto node = map.extract(from);
    node.key().name = to;
    node.mapped().name.name = to;
    map.insert(std::move(node));
}

}  // namespace

void handle_rename(StatementContext& ctx, const pgast::Node& body) {
    std::string type = pgast::get_string(body, "renameType");
    if (type == "OBJECT_FOREIGN_TABLE") type = "OBJECT_TABLE";
    std::string to = pgast::get_string(body, "newname");
    std::string sub = pgast::get_string(body, "subname");
    Catalog& c = ctx.catalog();
    std::vector<std::string> names = body.contains("relation") ? range_var_names(body["relation"])
                                                               : statement_object_names(body.value("object", pgast::Node()));
    if (body.contains("relation") && !ctx.scope().find_relation(names) && pgast::get_bool(body, "missing_ok")) return;
    if (rename_named_object(ctx, body)) return;
    // A relation of any kind renamed by any of the ALTER forms that name relations.
    if (type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW" || type == "OBJECT_SEQUENCE" ||
        (type == "OBJECT_INDEX" && ctx.scope().find_relation(names) && !c.indexes.count(*ctx.scope().find_relation(names)) &&
         !constraint_index_named(c, *ctx.scope().find_relation(names)))) {
        auto rel = ctx.scope().find_relation(names);
        if (!rel || !(c.tables.count(*rel) || c.views.count(*rel) || c.sequences.count(*rel)))
            throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist");
        move_relation(ctx, *rel, {rel->schema, to});
        return;
    }
    if (type == "OBJECT_COLUMN") {
        auto rel = ctx.scope().find_relation(names);
        if (rel && c.views.count(*rel)) return rename_view_column(ctx, *rel, sub, to);
        ObjectKey table = lookup_object(ctx, "OBJECT_TABLE", names);
        const auto& rv = body.at("relation");
        rename_column(ctx, {table.schema, table.name}, sub, to, !pgast::get_bool(rv, "inh"));
        return;
    }
    if (type == "OBJECT_TABCONSTRAINT") {
        ObjectKey table = lookup_object(ctx, "OBJECT_TABLE", names);
        QualifiedName tq{table.schema, table.name};
        Constraint* con = c.tables.at(tq).find_constraint(sub);
        if (c.tables.at(tq).find_constraint(to) || not_null_column(c.tables.at(tq), to))
            throw StatementError("invalid", "constraint \"" + to + "\" already exists");
        if (!con) return rename_not_null(c, tq, sub, to);
        con->name = to;
        auto& cons = c.tables.at(tq).constraints;
        std::sort(cons.begin(), cons.end(), [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
        follow_index_rename(c, tq, sub, to);
        return;
    }
    if (type == "OBJECT_INDEX") {
        auto rel = ctx.scope().find_relation(names);
        if (!rel) throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist");
        if (c.has_relation({rel->schema, to})) throw StatementError("invalid", "relation \"" + to + "\" already exists");
        if (c.indexes.count(*rel)) {
            QualifiedName table = c.indexes.at(*rel).table;
            rename_in_map(c.indexes, *rel, to);
            follow_index_rename(c, table, rel->name, to);
            return;
        }
        // An index that backs a constraint is renamed with its constraint.
        for (auto& [tn, t] : c.tables) {
            if (tn.schema != rel->schema) continue;
            if (Constraint* con = t.find_constraint(rel->name)) {
                con->name = to;
                std::sort(t.constraints.begin(), t.constraints.end(),
                          [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
                follow_index_rename(c, tn, rel->name, to);
                return;
            }
        }
        throw StatementError("missing-object", "index \"" + names.back() + "\" does not exist");
    }
    if (type == "OBJECT_SCHEMA") return rename_schema(ctx, sub, to);
    if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE") {
        ObjectKey key = lookup_object_node(ctx, type, body.at("object"));
        return move_routine(ctx, key, {key.schema, to});
    }
    if (type == "OBJECT_TRIGGER" || type == "OBJECT_POLICY") {
        // The table is the relation; the trigger or policy the subname.
        std::vector<std::string> qualified = names;
        qualified.push_back(sub);
        ObjectKey key = lookup_object(ctx, type, qualified);
        return rename_table_part(ctx, key, to);
    }
    throw StatementError("invalid", "ALTER ... RENAME does not apply to " + type.substr(7));
}

}  // namespace pgfleet
