#include "parser/expression_names.h"

#include <cctype>

#include "catalog/sql_name.h"
#include "parser/string_node.h"
#include "parser/type_names.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

using pgast::Node;

bool is_string_const(const Node& n) {
    return pgast::is_node(n, "A_Const") && n["A_Const"].contains("sval");
}

// Identifier chain inside a regclass literal: unquoted parts fold to lower case.
std::vector<std::string> regclass_parts(const std::string& text) {
    std::vector<std::string> parts;
    std::string cur;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cur += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == '.') {
            parts.push_back(cur);
            cur.clear();
        } else {
            cur += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    parts.push_back(cur);
    return parts;
}

bool is_sequence_function(const std::vector<std::string>& name) {
    if (name.empty() || name.size() > 2 || (name.size() == 2 && name[0] != "pg_catalog")) return false;
    const std::string& f = name.back();
    return f == "nextval" || f == "currval" || f == "setval";
}

class Qualifier {
public:
    Qualifier(const ExprContext& ctx, std::vector<ObjectKey>& refs) : ctx_(ctx), refs_(refs) {}

    void walk(Node& node) {
        if (node.is_array()) {
            for (auto& child : node) walk(child);
            return;
        }
        if (!node.is_object()) return;
        std::string type = pgast::node_type(node);
        if (type == "TypeCast") qualify_cast(node["TypeCast"]);
        else if (type == "FuncCall") qualify_function(node["FuncCall"]);
        else if (type == "ColumnRef") note_column(node["ColumnRef"]);
        for (auto& [key, child] : node.items()) walk(child);
    }

private:
    // 'seq'::regclass and nextval('seq') name relations inside string literals.
    void qualify_regclass_literal(Node& a_const) {
        std::string text = a_const["A_Const"]["sval"].value("sval", "");
        auto parts = regclass_parts(text);
        auto rel = ctx_.scope.find_relation(parts);
        if (!rel) return;  // Left as written: the server will complain if it is really missing.
        a_const["A_Const"]["sval"]["sval"] = sql_qualified(rel->schema, rel->name);
        refs_.push_back(ctx_.scope.catalog().sequences.count(*rel) ? sequence_key(*rel) : table_key(*rel));
    }

    void qualify_cast(Node& cast) {
        ResolvedType t = resolve_type(cast["typeName"], ctx_.scope, ctx_.location_base);
        if (t.user_type) {
            cast["typeName"]["names"] = Node::array({string_node(t.user_type->schema), string_node(t.user_type->name)});
            refs_.push_back(type_key(*t.user_type));
        }
        if (t.sql == "regclass" && is_string_const(cast["arg"])) qualify_regclass_literal(cast["arg"]);
    }

    // Routines of the model: qualified names (the server prints them so) and dependencies on
    // every overload that could be the one called (same name, callable with that many arguments).
    void resolve_routine(Node& call) {
        auto name = pgast::string_list(pgast::get_list(call, "funcname"));
        if (name.empty() || name.size() > 2 || (name.size() == 2 && name[0] == "pg_catalog")) return;
        const Catalog& c = ctx_.scope.catalog();
        std::optional<QualifiedName> found;
        if (name.size() == 2) {
            if (c.has_routine_named({name[0], name[1]})) found = QualifiedName{name[0], name[1]};
        } else {
            for (const auto& s : ctx_.scope.search_path())
                if (c.has_routine_named({s, name[0]})) {
                    found = QualifiedName{s, name[0]};
                    break;
                }
        }
        if (!found) return;
        call["funcname"] = Node::array({string_node(found->schema), string_node(found->name)});
        size_t given = pgast::get_list(call, "args").size();
        ObjectKey from{ObjectKind::Function, found->schema, found->name, ""};
        for (const auto* map : {&c.functions}) {
            for (auto it = map->lower_bound(from);
                 it != map->end() && it->first.schema == found->schema && it->first.name == found->name; ++it) {
                size_t inputs = 0, required = 0;
                bool variadic = false;
                for (const auto& a : it->second.arguments) {
                    if (a.mode == "in" || a.mode == "inout" || a.mode == "variadic") {
                        ++inputs;
                        if (!a.default_value && a.mode != "variadic") ++required;
                    }
                    variadic |= a.mode == "variadic";
                }
                if (given >= required && (given <= inputs || variadic)) refs_.push_back(it->first);
            }
        }
        for (auto it = c.aggregates.lower_bound(from);
             it != c.aggregates.end() && it->first.schema == found->schema && it->first.name == found->name; ++it)
            refs_.push_back(it->first);
        // Range constructors belong to their range type.
        if (c.range_types.count(*found)) refs_.push_back(type_key(*found));
        else if (const RangeType* r = c.range_of_multirange(*found)) refs_.push_back(type_key(r->name));
    }

    void qualify_function(Node& call) {
        resolve_routine(call);
        auto name = pgast::string_list(pgast::get_list(call, "funcname"));
        auto args = call.find("args");
        if (is_sequence_function(name) && args != call.end() && !args->empty() && is_string_const((*args)[0])) {
            Node& first = (*args)[0];
            qualify_regclass_literal(first);
            first = {{"TypeCast", {{"arg", first}, {"typeName", {{"names", Node::array({string_node("regclass")})},
                                                                 {"typemod", -1}}}}}};
        }
    }

    void note_column(const Node& ref) {
        if (!ctx_.table) return;
        const auto& fields = pgast::get_list(ref, "fields");
        if (fields.empty() || !pgast::is_node(fields.back(), "String")) return;
        refs_.push_back(column_key(*ctx_.table, pgast::string_value(fields.back())));
    }

    const ExprContext& ctx_;
    std::vector<ObjectKey>& refs_;
};

}  // namespace

void qualify_names(const ExprContext& context, std::vector<ObjectKey>& refs, Node& node) {
    Qualifier(context, refs).walk(node);
}

}  // namespace pgfleet
