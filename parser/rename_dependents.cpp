#include "parser/rename_dependents.h"

#include <algorithm>

#include "parser/expressions.h"
#include "parser/function_definition.h"
#include "parser/query_binder.h"
#include "pgast/deparse.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

using pgast::Node;

bool uses(const std::vector<ObjectKey>& refs, const NameChange& c) {
    for (const auto& r : refs) {
        switch (c.what) {
            case NameChange::What::Relation:
                if (r.schema == c.from.schema && r.name == c.from.name &&
                    (r.kind == ObjectKind::Table || r.kind == ObjectKind::View || r.kind == ObjectKind::Sequence))
                    return true;
                break;
            case NameChange::What::Column:
                // A view reading another view records only the relation.
                if (r.schema == c.from.schema && r.name == c.from.name &&
                    (r.kind == ObjectKind::Column ? r.sub == c.column_from : r.kind == ObjectKind::View))
                    return true;
                break;
            case NameChange::What::Routine:
                if (r.kind == ObjectKind::Function && r.schema == c.from.schema && r.name == c.from.name) return true;
                break;
        }
    }
    return false;
}

bool uses(const std::optional<Expr>& e, const NameChange& c) { return e && uses(e->refs, c); }

// A view's query, bound on the catalog before the change, renamed, printed again.
std::string renamed_view_query(StatementContext& ctx, const View& v, const NameChange& c) {
    Node stmt = pgast::parse_statement(v.query.sql);
    BoundQuery q = bind_query(stmt, ctx.scope());
    Node bound = q.bound;
    rename_in_bound_query(bound, c);
    return pgast::deparse_statement(bound);
}

// An expression's tree with the new names, worked out on the catalog before the change:
// subqueries are bound there, so their column references say which relation they read.
Node renamed_tree(StatementContext& ctx, const Expr& e, const NameChange& c, const std::optional<QualifiedName>& table) {
    Node tree = pgast::parse_expression(e.sql);
    std::function<void(Node&)> walk = [&](Node& n) {
        if (n.is_array()) {
            for (auto& x : n) walk(x);
            return;
        }
        if (!n.is_object()) return;
        if (pgast::is_node(n, "SubLink") && n["SubLink"].contains("subselect") && c.what == NameChange::What::Column) {
            BoundQuery q = bind_query(n["SubLink"]["subselect"], ctx.scope(), nullptr, 0, table);
            n["SubLink"]["subselect"] = q.bound;
            rename_in_bound_query(n["SubLink"]["subselect"], c);
            if (n["SubLink"].contains("testexpr")) walk(n["SubLink"]["testexpr"]);
            return;
        }
        // Columns of the expression's own table are bare names.
        if (pgast::is_node(n, "ColumnRef") && c.what == NameChange::What::Column && table && *table == c.from) {
            auto& fields = n["ColumnRef"]["fields"];
            if (!fields.empty() && pgast::is_node(fields.back(), "String") && pgast::string_value(fields.back()) == c.column_from)
                fields.back() = Node{{"String", {{"sval", c.column_to}}}};
            return;
        }
        for (auto& [k, x] : n.items()) walk(x);
    };
    walk(tree);
    rename_in_written_tree(tree, c);
    return tree;
}

Expr remade(StatementContext& ctx, const Node& tree, const std::optional<QualifiedName>& table,
            const std::string& target_type = "") {
    return make_expr(tree, ExprContext{ctx.scope(), table, 0, nullptr, target_type});
}

// Where a QualifiedName of the old relation or routine stands, the new one.
QualifiedName moved(const QualifiedName& q, const NameChange& c) { return q == c.from ? c.to : q; }

}  // namespace

RenameDependents::RenameDependents(StatementContext& ctx, NameChange change) : change_(std::move(change)) {
    const NameChange& c = change_;
    Catalog& cat = ctx.catalog();
    for (const auto& [name, v] : cat.views) {
        if (!uses(v.query.refs, c)) continue;
        std::string sql = renamed_view_query(ctx, v, c);
        QualifiedName view = c.what != NameChange::What::Column ? moved(name, c) : name;
        steps_.push_back([view, sql](StatementContext& x) {
            View& target = x.catalog().views.at(view);
            BoundQuery q = bind_query(pgast::parse_statement(sql), x.scope());
            target.query = make_statement_expr(q.as_written, q.bound, ExprContext{x.scope(), std::nullopt, 0}, q.refs);
            target.columns = q.columns;
        });
    }
    for (const auto& [key, f] : cat.functions) {
        if (!f.sql_body || !uses(f.sql_body->refs, c) || c.what == NameChange::What::Column) continue;
        // The stored body is statements with qualified names: parsed back inside a function shell.
        Node shell = pgast::parse_statement("CREATE FUNCTION pgfleet_body() RETURNS void LANGUAGE sql " + f.sql_body->sql);
        Node body = shell["CreateFunctionStmt"].at("sql_body");
        rename_in_written_tree(body, c);
        ObjectKey k = key;
        steps_.push_back([k, body](StatementContext& x) {
            Function& target = x.catalog().functions.at(k);
            target.sql_body = standard_sql_body(x, target, body);
        });
    }
    for (const auto& [key, p] : cat.policies) {
        if (!uses(p.using_expr, c) && !uses(p.check_expr, c)) continue;
        ObjectKey k = c.what == NameChange::What::Relation ? policy_key(moved(p.table, c), p.name) : key;
        QualifiedName table = c.what == NameChange::What::Relation ? moved(p.table, c) : p.table;
        std::optional<Node> using_tree, check_tree;
        if (p.using_expr) using_tree = renamed_tree(ctx, *p.using_expr, c, p.table);
        if (p.check_expr) check_tree = renamed_tree(ctx, *p.check_expr, c, p.table);
        steps_.push_back([k, table, using_tree, check_tree](StatementContext& x) {
            auto it = x.catalog().policies.find(k);
            if (it == x.catalog().policies.end()) return;
            if (using_tree) it->second.using_expr = remade(x, *using_tree, table);
            if (check_tree) it->second.check_expr = remade(x, *check_tree, table);
        });
    }
    // Expressions of tables: defaults, generated columns, checks, index keys and predicates. Their own table's column renames are handled where they happen.
    if (c.what == NameChange::What::Column) return;
    for (const auto& [name, t] : cat.tables) {
        QualifiedName table = c.what == NameChange::What::Relation ? moved(name, c) : name;
        for (const auto& col : t.columns) {
            if (!uses(col.default_value, c) && !uses(col.generated, c)) continue;
            std::string column = col.name, type = col.type;
            std::optional<Node> def, gen;
            if (uses(col.default_value, c)) def = renamed_tree(ctx, *col.default_value, c, name);
            if (uses(col.generated, c)) gen = renamed_tree(ctx, *col.generated, c, name);
            steps_.push_back([table, column, type, def, gen](StatementContext& x) {
                Column* target = x.catalog().tables.at(table).find_column(column);
                if (def) target->default_value = remade(x, *def, table, type);
                if (gen) target->generated = remade(x, *gen, table, type);
            });
        }
        for (const auto& con : t.constraints) {
            if (!uses(con.check, c)) continue;
            std::string cname = con.name;
            Node check = renamed_tree(ctx, *con.check, c, name);
            steps_.push_back([table, cname, check](StatementContext& x) {
                x.catalog().tables.at(table).find_constraint(cname)->check = remade(x, check, table);
            });
        }
    }
    for (const auto& [name, idx] : cat.indexes) {
        bool any = uses(idx.predicate, c);
        for (const auto& el : idx.elements) any |= uses(el.expression, c);
        if (!any) continue;
        QualifiedName index = name, table = c.what == NameChange::What::Relation ? moved(idx.table, c) : idx.table;
        std::vector<std::optional<Node>> elements;
        for (const auto& el : idx.elements)
            elements.push_back(uses(el.expression, c) ? std::optional<Node>(renamed_tree(ctx, *el.expression, c, idx.table))
                                                      : std::nullopt);
        std::optional<Node> predicate;
        if (uses(idx.predicate, c)) predicate = renamed_tree(ctx, *idx.predicate, c, idx.table);
        steps_.push_back([index, table, elements, predicate](StatementContext& x) {
            auto it = x.catalog().indexes.find(index);
            if (it == x.catalog().indexes.end()) return;
            for (size_t i = 0; i < elements.size(); ++i)
                if (elements[i]) it->second.elements[i].expression = remade(x, *elements[i], table);
            if (predicate) it->second.predicate = remade(x, *predicate, table);
        });
    }
}

void RenameDependents::apply(StatementContext& ctx) {
    for (auto& step : steps_) step(ctx);
}

}  // namespace pgfleet
