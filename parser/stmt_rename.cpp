// ALTER ... RENAME: tables, columns, constraints, indexes, sequences, types, schemas.
#include <algorithm>

#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/index_uses.h"
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

void rename_column(StatementContext& ctx, const QualifiedName& tq, const std::string& from, const std::string& to) {
    Catalog& c = ctx.catalog();
    Table& t = c.tables.at(tq);
    if (!t.find_column(from)) throw StatementError("missing-object", "column \"" + from + "\" does not exist");
    if (t.find_column(to)) throw StatementError("invalid", "column \"" + to + "\" already exists");
    auto swap_name = [&](std::string& s) { if (s == from) s = to; };
    t.find_column(from)->name = to;
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
}

void rename_table(Catalog& c, const QualifiedName& from, const std::string& to) {
    QualifiedName target{from.schema, to};
    if (c.has_relation(target) || c.has_type(target)) throw StatementError("invalid", "relation \"" + to + "\" already exists");
    Table t = c.tables.at(from);
    c.tables.erase(from);
    t.name = target;
    c.tables[target] = t;
    for (auto& [n, other] : c.tables)
        for (auto& con : other.constraints)
            if (con.references.table == from) con.references.table = target;
    for (auto& [n, idx] : c.indexes)
        if (idx.table == from) idx.table = target;
    for (auto& [n, seq] : c.sequences)
        if (seq.owned_by && seq.owned_by->table == from) seq.owned_by->table = target;
    follow_table_rename(c, from, target);
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
    if (type == "OBJECT_TABLE" || type == "OBJECT_COLUMN" || type == "OBJECT_TABCONSTRAINT") {
        std::string rel_type = pgast::get_string(body, "relationType");
        if (type == "OBJECT_COLUMN" && rel_type != "OBJECT_TABLE" && rel_type != "OBJECT_FOREIGN_TABLE" && !rel_type.empty())
            throw StatementError("unsupported", "renaming columns of " + rel_type.substr(7) + " is not supported yet");
        ObjectKey table = lookup_object(ctx, "OBJECT_TABLE", names);
        QualifiedName tq{table.schema, table.name};
        if (type == "OBJECT_TABLE") rename_table(c, tq, to);
        else if (type == "OBJECT_COLUMN") rename_column(ctx, tq, sub, to);
        else {
            Constraint* con = c.tables.at(tq).find_constraint(sub);
            if (!con) throw StatementError("missing-object", "constraint \"" + sub + "\" does not exist");
            if (c.tables.at(tq).find_constraint(to)) throw StatementError("invalid", "constraint \"" + to + "\" already exists");
            con->name = to;
            auto& cons = c.tables.at(tq).constraints;
            std::sort(cons.begin(), cons.end(), [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
            follow_index_rename(c, tq, sub, to);
        }
        return;
    }
    if (type == "OBJECT_INDEX" || type == "OBJECT_SEQUENCE") {
        auto rel = ctx.scope().find_relation(names);
        if (!rel) throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist");
        if (c.has_relation({rel->schema, to})) throw StatementError("invalid", "relation \"" + to + "\" already exists");
        if (c.indexes.count(*rel)) {
            QualifiedName table = c.indexes.at(*rel).table;
            rename_in_map(c.indexes, *rel, to);
            follow_index_rename(c, table, rel->name, to);
            return;
        }
        if (c.sequences.count(*rel)) {
            rename_in_map(c.sequences, *rel, to);
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
        throw StatementError("unsupported", "renaming this relation is not supported yet");
    }
    if (type == "OBJECT_SCHEMA") {
        throw StatementError("unsupported", "renaming schemas is not supported yet");
    }
    throw StatementError("unsupported", "renaming " + type.substr(7) + " is not supported yet");
}

}  // namespace pgfleet
