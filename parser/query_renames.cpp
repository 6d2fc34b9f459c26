#include "parser/query_renames.h"

#include <set>

#include "catalog/sql_name.h"
#include "parser/string_node.h"

namespace pgfleet {
namespace {

using pgast::Node;


bool names_relation(const Node& range_var, const QualifiedName& q) {
    return pgast::get_string(range_var, "relname") == q.name && pgast::get_string(range_var, "schemaname") == q.schema;
}

template <class Fn>
void walk(Node& node, Fn&& fn) {
    if (node.is_array()) {
        for (auto& child : node) walk(child, fn);
        return;
    }
    if (!node.is_object()) return;
    fn(node);
    for (auto& [key, child] : node.items()) walk(child, fn);
}

// The names by which column references reach the relation: its FROM items' aliases, or its
// own name where an item has none.
std::set<std::string> item_names(Node& tree, const QualifiedName& relation) {
    std::set<std::string> out;
    walk(tree, [&](Node& n) {
        if (!pgast::is_node(n, "RangeVar") || !names_relation(n["RangeVar"], relation)) return;
        const Node& rv = n["RangeVar"];
        out.insert(rv.contains("alias") ? pgast::get_string(rv["alias"], "aliasname") : relation.name);
    });
    return out;
}

void rename_relation_items(Node& tree, const NameChange& c) {
    bool bare = false;
    walk(tree, [&](Node& n) {
        if (!pgast::is_node(n, "RangeVar") || !names_relation(n["RangeVar"], c.from)) return;
        Node& rv = n["RangeVar"];
        bare |= !rv.contains("alias");
        rv["relname"] = c.to.name;
        rv["schemaname"] = c.to.schema;
    });
    // An item without an alias is reached by the relation's name, which changed.
    if (!bare || c.from.name == c.to.name) return;
    walk(tree, [&](Node& n) {
        if (!pgast::is_node(n, "ColumnRef")) return;
        auto& fields = n["ColumnRef"]["fields"];
        if (fields.size() == 2 && pgast::is_node(fields[0], "String") && pgast::string_value(fields[0]) == c.from.name)
            fields[0] = string_node(c.to.name);
    });
}

void rename_routine_calls(Node& tree, const NameChange& c) {
    walk(tree, [&](Node& n) {
        if (!pgast::is_node(n, "FuncCall")) return;
        auto names = pgast::string_list(pgast::get_list(n["FuncCall"], "funcname"));
        if (names.empty() || names.back() != c.from.name) return;
        if (names.size() >= 2 && names[names.size() - 2] != c.from.schema) return;
        n["FuncCall"]["funcname"] = Node::array({string_node(c.to.schema), string_node(c.to.name)});
    });
}

// nextval('public.seq'), 'public.t'::regclass: the literal names the relation.
void rename_regclass_literals(Node& tree, const NameChange& c) {
    std::string from = sql_qualified(c.from.schema, c.from.name), to = sql_qualified(c.to.schema, c.to.name);
    walk(tree, [&](Node& n) {
        if (!pgast::is_node(n, "A_Const") || !n["A_Const"].contains("sval")) return;
        auto& sval = n["A_Const"]["sval"];
        if (sval.value("sval", "") == from) sval["sval"] = to;
    });
}

}  // namespace

void rename_in_bound_query(Node& bound, const NameChange& c) {
    switch (c.what) {
        case NameChange::What::Relation:
            rename_relation_items(bound, c);
            rename_regclass_literals(bound, c);
            return;
        case NameChange::What::Column: {
            std::set<std::string> names = item_names(bound, c.from);
            walk(bound, [&](Node& n) {
                if (!pgast::is_node(n, "ColumnRef")) return;
                auto& fields = n["ColumnRef"]["fields"];
                if (fields.size() == 2 && pgast::is_node(fields[1], "String") &&
                    pgast::string_value(fields[1]) == c.column_from && names.count(pgast::string_value(fields[0])))
                    fields[1] = string_node(c.column_to);
            });
            return;
        }
        case NameChange::What::Routine: rename_routine_calls(bound, c); return;
    }
}

void rename_in_written_tree(Node& tree, const NameChange& c) {
    if (c.what == NameChange::What::Relation) {
        rename_relation_items(tree, c);
        rename_regclass_literals(tree, c);
    } else if (c.what == NameChange::What::Routine) {
        rename_routine_calls(tree, c);
    }
}

}  // namespace pgfleet
