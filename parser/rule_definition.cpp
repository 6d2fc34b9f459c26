#include "parser/rule_definition.h"

#include <algorithm>

#include "parser/expressions.h"
#include "parser/implicit_names.h"
#include "parser/statement_context.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

using pgast::Node;

class RuleNormalizer {
public:
    explicit RuleNormalizer(const NameScope& scope) : scope_(scope) {}

    std::vector<ObjectKey> refs;  // relations the rule names

    void walk(Node& node) {
        if (node.is_array()) {
            for (auto& child : node) walk(child);
            return;
        }
        if (!node.is_object()) return;
        // Relations sit in the tree as bare RangeVar bodies ("relation": {"relname": ...}).
        if (pgast::is_node(node, "RangeVar")) qualify(node["RangeVar"]);
        else if (node.contains("relname") && node["relname"].is_string()) qualify(node);
        if (pgast::is_node(node, "InsertStmt")) fill_insert_columns(node["InsertStmt"]);
        if (pgast::is_node(node, "UpdateStmt") || pgast::is_node(node, "DeleteStmt")) unqualify_target_columns(node);
        if (pgast::is_node(node, "SelectStmt")) drop_implicit_output_names(node["SelectStmt"]);
        for (auto& [key, child] : node.items()) walk(child);
    }

private:
    void qualify(Node& rv) {
        auto found = scope_.find_relation(range_var_names(rv));
        if (!found) return;  // a CTE or a name the server will reject
        rv["schemaname"] = found->schema;
        rv["relname"] = found->name;
        const Catalog& c = scope_.catalog();
        if (c.tables.count(*found)) refs.push_back(table_key(*found));
        else if (c.views.count(*found)) refs.push_back(view_key(*found));
        else if (c.sequences.count(*found)) refs.push_back(sequence_key(*found));
    }

    // INSERT INTO t VALUES (...) is printed with t's leading columns named.
    void fill_insert_columns(Node& insert) {
        if (!pgast::get_list(insert, "cols").empty() || !insert.contains("relation")) return;
        auto found = scope_.find_table(range_var_names(insert["relation"]));
        if (!found || !insert.contains("selectStmt")) return;
        const Node& select = pgast::node_body(insert["selectStmt"]);
        size_t count = 0;
        const auto& values = pgast::get_list(select, "valuesLists");
        if (!values.empty()) count = pgast::get_list(pgast::node_body(values[0]), "items").size();
        else count = pgast::get_list(select, "targetList").size();
        const Table& table = scope_.catalog().tables.at(*found);
        Node cols = Node::array();
        for (size_t i = 0; i < count && i < table.columns.size(); ++i)
            cols.push_back({{"ResTarget", {{"name", table.columns[i].name}}}});
        insert["cols"] = cols;
    }

    // The server writes "log.a" for a column of the UPDATE/DELETE target; drop that prefix.
    void unqualify_target_columns(Node& stmt) {
        Node& body = pgast::node_body(stmt);
        const Node& rv = body.value("relation", Node::object());
        std::string alias = rv.contains("alias") ? pgast::get_string(rv["alias"], "aliasname") : "";
        std::string target = alias.empty() ? pgast::get_string(rv, "relname") : alias;
        for (const char* part : {"whereClause", "targetList", "returningList"})
            if (body.contains(part)) unqualify(body[part], target);
    }

    static void unqualify(Node& node, const std::string& target) {
        if (node.is_array()) {
            for (auto& child : node) unqualify(child, target);
            return;
        }
        if (!node.is_object()) return;
        if (pgast::is_node(node, "ColumnRef")) {
            auto& fields = node["ColumnRef"]["fields"];
            if (fields.size() == 2 && pgast::is_node(fields[0], "String") && pgast::string_value(fields[0]) == target)
                fields.erase(0);
            return;
        }
        for (auto& [key, child] : node.items()) unqualify(child, target);
    }

    // SELECT 1 is printed as SELECT 1 AS "?column?", f(x) as f(x) AS f.
    static void drop_implicit_output_names(Node& select) {
        if (!select.contains("targetList")) return;
        for (auto& target : select["targetList"]) {
            Node& rt = pgast::node_body(target);
            if (!rt.contains("name") || !rt.contains("val")) continue;
            std::string implicit = figure_column_name(rt["val"]);
            std::string name = pgast::get_string(rt, "name");
            if (name == implicit || (implicit.empty() && name == "?column?")) rt.erase("name");
        }
    }

    const NameScope& scope_;
};

}  // namespace

Expr rule_definition(const NameScope& scope, const Node& rule_stmt) {
    Node tree = {{"RuleStmt", rule_stmt}};
    tree["RuleStmt"].erase("replace");
    RuleNormalizer normalizer(scope);
    normalizer.walk(tree);
    Expr e = make_statement_expr(tree, ExprContext{scope, std::nullopt, 0});
    e.refs.insert(e.refs.end(), normalizer.refs.begin(), normalizer.refs.end());
    std::sort(e.refs.begin(), e.refs.end());
    e.refs.erase(std::unique(e.refs.begin(), e.refs.end()), e.refs.end());
    return e;
}

namespace {

void rename_relation(Node& node, const QualifiedName& from, const QualifiedName& to) {
    if (node.is_array()) {
        for (auto& child : node) rename_relation(child, from, to);
        return;
    }
    if (!node.is_object()) return;
    if (node.contains("relname") && node["relname"].is_string() && pgast::get_string(node, "relname") == from.name &&
        pgast::get_string(node, "schemaname") == from.schema) {
        node["schemaname"] = to.schema;
        node["relname"] = to.name;
    }
    for (auto& [key, child] : node.items()) rename_relation(child, from, to);
}

}  // namespace

Expr renamed_rule_definition(const Catalog& catalog, const Expr& definition, const std::string& rule_name,
                             const QualifiedName& from, const QualifiedName& to) {
    Node stmt = pgast::parse_statement(definition.sql);
    Node& body = stmt.at("RuleStmt");
    body["rulename"] = rule_name;
    if (!(from == to)) rename_relation(body, from, to);
    // Every name in a stored definition is qualified.
    // The scope keeps a reference to its search path, so the path outlives it.
    static const std::vector<std::string> qualified_only{"pg_catalog"};
    NameScope scope(catalog, qualified_only);
    return rule_definition(scope, body);
}

}  // namespace pgfleet
