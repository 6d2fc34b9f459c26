#include "parser/expressions.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "catalog/dependencies.h"
#include "catalog/sql_name.h"
#include "parser/statement_error.h"
#include "parser/string_node.h"
#include "parser/expression_names.h"
#include "parser/interval_literal.h"
#include "parser/query_binder.h"
#include "parser/type_names.h"
#include "parser/typed_literal.h"
#include "pgast/deparse.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

using pgast::Node;



// Casts the server adds around column references for implicit coercions.
bool is_implicit_cast_target(const std::string& type) {
    static const std::set<std::string> targets = {
        "text",     "character varying", "bpchar",   "name",  "smallint",  "integer",
        "bigint",   "numeric",           "real",     "double precision",
        "timestamp with time zone", "timestamp without time zone", "text[]", "character varying[]"};
    return targets.count(type) > 0;
}

bool is_constant(const Node& n) { return pgast::is_node(n, "Const") || pgast::is_node(n, "Null"); }

// Arguments of calls and operators get implicit casts from the server where the types
// differ (bigint to double precision, varchar to text): such casts do not count there.
bool is_argument_cast_target(const std::string& type) {
    static const std::set<std::string> targets = {
        "text", "character varying", "bpchar", "name", "smallint", "integer", "bigint", "numeric", "real",
        "double precision", "timestamp with time zone", "timestamp without time zone", "text[]",
        "character varying[]", "regclass", "oid"};
    return targets.count(type) > 0;
}

Node strip_argument_casts(Node n) {
    while (pgast::is_node(n, "TypeCast") && n["TypeCast"].contains("type") &&
           is_argument_cast_target(n["TypeCast"]["type"].get<std::string>()))
        n = n["TypeCast"]["arg"];
    return n;
}

// ARRAY[a::t, b::t]::t[] needs no outer cast; the server drops it.
bool elements_already(const Node& array, const std::string& array_type) {
    if (array_type.size() < 3 || array_type.compare(array_type.size() - 2, 2, "[]") != 0) return false;
    std::string element = array_type.substr(0, array_type.size() - 2);
    const auto& elements = pgast::get_list(array["A_ArrayExpr"], "elements");
    if (elements.empty()) return false;
    for (const auto& e : elements) {
        bool typed = pgast::is_node(e, "TypeCast") && e["TypeCast"].value("type", "") == element;
        if (!typed && !is_constant(e)) return false;
    }
    return true;
}

bool is_constant_array(const Node& n) {
    if (!pgast::is_node(n, "A_ArrayExpr")) return false;
    for (const auto& e : pgast::get_list(n["A_ArrayExpr"], "elements"))
        if (!is_constant(e) && !is_constant_array(e)) return false;
    return true;
}

std::vector<std::string> without_pg_catalog(std::vector<std::string> names) {
    if (names.size() == 2 && names[0] == "pg_catalog") names.erase(names.begin());
    return names;
}

Node names_node(const std::vector<std::string>& names) {
    Node out = Node::array();
    for (const auto& n : names) out.push_back(string_node(n));
    return out;
}

class Canonicalizer {
public:
    explicit Canonicalizer(const ExprContext& ctx) : ctx_(ctx) {}

    Node canon(const Node& node) {
        if (node.is_array()) {
            Node out = Node::array();
            for (const auto& c : node) out.push_back(canon(c));
            return out;
        }
        if (!node.is_object()) return node;
        std::string type = pgast::node_type(node);
        if (!type.empty() && node.begin().value().is_object()) {
            const Node& body = node.begin().value();
            if (type == "A_Const") return constant(body);
            if (type == "TypeCast") return cast(body);
            if (type == "A_ArrayExpr") return array_expr(body);
            if (type == "FuncCall") return function(body);
            if (type == "A_Expr") return a_expr(body);
            if (type == "BoolExpr") return bool_expr(body);
            if (type == "ColumnRef") return column_ref(body);
            if (type == "CaseExpr") return case_expr(body);
            if (type == "RowExpr") return row_expr(body);
            if (type == "CollateClause") return collate(body);
            if (type == "RangeVar") return range_var(body);
            if (type == "SortBy") return sort_by(body);
        }
        Node out = Node::object();
        for (const auto& [k, v] : node.items())
            if (k != "location") out[k] = canon(v);
        return out;
    }

private:
    Node generic(const char* type, const Node& body) {
        Node inner = Node::object();
        for (const auto& [k, v] : body.items())
            if (k != "location") inner[k] = canon(v);
        return {{type, inner}};
    }

    Node constant(const Node& body) {
        if (pgast::get_bool(body, "isnull")) return {{"Null", Node::object()}};
        if (body.contains("bsval")) return {{"Const", binary_bit_string(pgast::const_text(body))}};
        if (body.contains("fval")) return {{"Const", plain_decimal(pgast::const_text(body))}};
        return {{"Const", pgast::const_text(body)}};
    }

    // 1e6 and 1.5e-3 are numeric constants the server prints as 1000000 and 0.0015 (the
    // scale is the mantissa's fraction digits less the exponent, as numeric_in makes it).
    static std::string plain_decimal(const std::string& text) {
        auto e = text.find_first_of("eE");
        if (e == std::string::npos) return text;
        std::string sign = text[0] == '-' ? "-" : "";
        std::string mantissa = text.substr(sign.size(), e - sign.size());
        long exponent = 0;
        try {
            exponent = std::stol(text.substr(e + 1));
        } catch (const std::exception&) {
            return text;
        }
        if (exponent > 1000 || exponent < -1000) return text;
        auto dot = mantissa.find('.');
        std::string digits = dot == std::string::npos ? mantissa : mantissa.substr(0, dot) + mantissa.substr(dot + 1);
        long fraction = dot == std::string::npos ? 0 : static_cast<long>(mantissa.size() - dot - 1);
        long scale = std::max(0L, fraction - exponent);
        // digits * 10^(exponent - fraction), written with `scale` fraction digits.
        long shift = exponent - fraction + scale;  // zeros to append before placing the point
        digits += std::string(static_cast<size_t>(std::max(0L, shift)), '0');
        if (static_cast<long>(digits.size()) <= scale) digits = std::string(scale - digits.size() + 1, '0') + digits;
        std::string whole = digits.substr(0, digits.size() - scale), part = digits.substr(digits.size() - scale);
        size_t first = whole.find_first_not_of('0');
        whole = first == std::string::npos ? "0" : whole.substr(first);
        return sign + (scale ? whole + "." + part : whole);
    }

    // x'1F', b'00011111' and '00011111'::bit are the same bit string; the server prints
    // the last form, so the canonical text is the binary digits.
    static std::string binary_bit_string(const std::string& text) {
        if (text.empty()) return text;
        if (text[0] == 'b' || text[0] == 'B') return text.substr(1);
        if (text[0] != 'x' && text[0] != 'X') return text;
        std::string out;
        for (size_t i = 1; i < text.size(); ++i) {
            char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
            int v = c >= 'a' ? c - 'a' + 10 : c - '0';
            for (int bit = 3; bit >= 0; --bit) out += (v >> bit) & 1 ? '1' : '0';
        }
        return out;
    }

  public:
    // Spellings of boolean input the server stores as true/false.
    static Node boolean_constant(const Node& c) {
        std::string v = c["Const"].get<std::string>();
        for (auto& ch : v) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        for (const char* t : {"t", "true", "y", "yes", "on", "1"})
            if (v == t) return {{"Const", "true"}};
        for (const char* f : {"f", "false", "n", "no", "off", "0"})
            if (v == f) return {{"Const", "false"}};
        return c;
    }

    // A constant cast twice to different types inside ARRAY[...] ('x'::varchar)::text stays a
    // cast: the server prints elements so when a cast of the whole array was pushed into them,
    // which it stores apart from one cast of the array ((ARRAY['x'::varchar])::text[]).
    Node array_expr(const Node& body) {
        Node elements = Node::array();
        for (const auto& e : pgast::get_list(body, "elements")) {
            if (pgast::is_node(e, "TypeCast") && e["TypeCast"].contains("arg") && e["TypeCast"].contains("typeName")) {
                const Node& inner = e["TypeCast"]["arg"];
                if (pgast::is_node(inner, "TypeCast") && pgast::is_node(inner["TypeCast"].value("arg", Node()), "A_Const") &&
                    inner["TypeCast"].contains("typeName")) {
                    std::string outer_type = resolve_type(e["TypeCast"]["typeName"], ctx_.scope).sql;
                    if (outer_type != resolve_type(inner["TypeCast"]["typeName"], ctx_.scope).sql) {
                        elements.push_back({{"TypeCast", {{"arg", canon(inner)}, {"type", outer_type}}}});
                        continue;
                    }
                }
            }
            elements.push_back(canon(e));
        }
        Node inner = Node::object();
        for (const auto& [k, v] : body.items())
            if (k != "location" && k != "elements") inner[k] = canon(v);
        inner["elements"] = elements;
        return {{"A_ArrayExpr", inner}};
    }

    // The server reads ARRAY[a, b]::t[] as ARRAY[a::t, b::t] (nested arrays alike): written
    // text gets that form here; server-printed text already has it, so a cast of an ARRAY
    // there is one of the whole array.
    static Node cast_pushed_into_elements(const Node& array, const Node& element_type) {
        Node out = array;
        Node& elements = out["A_ArrayExpr"]["elements"];
        if (!elements.is_array()) return out;
        for (auto& e : elements)
            e = pgast::is_node(e, "A_ArrayExpr") ? cast_pushed_into_elements(e, element_type)
                                                 : Node{{"TypeCast", {{"arg", e}, {"typeName", element_type}}}};
        return out;
    }

    Node cast(const Node& body) {
        if (!ctx_.scope.server_printed() && pgast::is_node(body.value("arg", Node()), "A_ArrayExpr") &&
            !pgast::get_list(body.at("typeName"), "arrayBounds").empty()) {
            Node element_type = body.at("typeName");
            element_type.erase("arrayBounds");
            return canon(cast_pushed_into_elements(body["arg"], element_type));
        }
        Node arg = canon(body.value("arg", Node::object()));
        std::string type = resolve_type(body.at("typeName"), ctx_.scope).sql;
        if (type == "boolean" && pgast::is_node(arg, "Const")) return boolean_constant(arg);
        if (type.rfind("interval", 0) == 0 && pgast::is_node(arg, "Const")) {
            std::string fields = type.size() > 9 ? type.substr(9) : "";
            if (auto p = fields.find('('); p != std::string::npos) fields = fields.substr(0, p);
            if (auto v = normalize_interval(arg["Const"].get<std::string>(), fields)) return {{"Const", *v}};
        }
        if (pgast::is_node(arg, "Const"))
            if (auto v = normalize_typed_literal(type, arg["Const"].get<std::string>())) return {{"Const", *v}};
        if (is_constant(arg) || is_constant_array(arg)) return arg;
        // A value cast to the type it already has is left as it is.
        if (pgast::is_node(arg, "TypeCast") && arg["TypeCast"].value("type", "") == type) return arg;
        if (pgast::is_node(arg, "A_ArrayExpr") && elements_already(arg, type)) return arg;
        if (pgast::is_node(arg, "ColumnRef") && is_implicit_cast_target(type)) return arg;
        return {{"TypeCast", {{"arg", arg}, {"type", type}}}};
    }

    Node function(const Node& body) {
        Node out = generic("FuncCall", body);
        Node& f = out["FuncCall"];
        // f(a, VARIADIC ARRAY[b, c]) is how the server prints f(a, b, c) in index expressions.
        if (pgast::get_bool(f, "func_variadic") && f.contains("args") && !f["args"].empty() &&
            pgast::is_node(f["args"].back(), "A_ArrayExpr")) {
            Node elements = f["args"].back()["A_ArrayExpr"].value("elements", Node::array());
            f["args"].erase(f["args"].size() - 1);
            for (auto& e : elements) f["args"].push_back(e);
            f.erase("func_variadic");
        }
        if (f.contains("args"))
            for (auto& a : f["args"]) a = strip_argument_casts(a);
        auto name = without_pg_catalog(pgast::string_list(pgast::get_list(body, "funcname")));
        // Routines outside the model (extensions') print qualified on one side only.
        if (name.size() == 2 && !ctx_.scope.catalog().has_routine_named({name[0], name[1]})) name.erase(name.begin());
        f["funcname"] = names_node(name);
        unicode_normal_form(f, name);
        return out;
    }

    // NORMALIZE(x, NFKC) and x IS NFKC NORMALIZED: PostgreSQL 14 on keeps the SQL syntax and an
    // upper-case form; 13 keeps a plain call with a lower-case one. The form is read without
    // regard to case, so both are the call with the upper-case form.
    static void unicode_normal_form(Node& f, const std::vector<std::string>& name) {
        if (name.size() != 1 || (name[0] != "normalize" && name[0] != "is_normalized")) return;
        f.erase("funcformat");
        if (!f.contains("args") || f["args"].size() != 2 || !pgast::is_node(f["args"][1], "Const")) return;
        Node& form = f["args"][1]["Const"];
        if (!form.is_string()) return;
        std::string text = form.get<std::string>();
        for (auto& ch : text) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        form = text;
    }

    Node binary(const std::string& op, const Node& l, const Node& r) {
        return {{"A_Expr", {{"kind", "AEXPR_OP"}, {"name", names_node({op})}, {"lexpr", l}, {"rexpr", r}}}};
    }

    // The type of a column of the expression's table, "" when unknown.
    std::string column_type(const Node& ref) const {
        if (!ctx_.table || !pgast::is_node(ref, "ColumnRef")) return "";
        const auto& fields = pgast::get_list(ref["ColumnRef"], "fields");
        if (fields.empty()) return "";
        const Table* t = ctx_.table_model;
        if (!t) {
            auto it = ctx_.scope.catalog().tables.find(*ctx_.table);
            if (it == ctx_.scope.catalog().tables.end()) return "";
            t = &it->second;
        }
        const Column* c = t->find_column(pgast::string_value(fields.back()));
        return c ? c->type : "";
    }

    // An untyped literal compared with a column is read as a value of the column's type by the
    // server, and printed so. Where the type is unknown (a view's column), date and time
    // spellings are still brought to one form.
    Node typed_literal(const Node& literal, const std::string& type, const Node& other) {
        if (!pgast::is_node(literal, "Const")) return literal;
        if (type == "boolean") return boolean_constant(literal);
        const std::string text = literal["Const"].get<std::string>();
        std::optional<std::string> v;
        if (!type.empty()) v = normalize_typed_literal(type, text);
        else if (pgast::is_node(other, "ColumnRef")) v = normalize_untyped_literal(text);
        return v ? Node{{"Const", *v}} : literal;
    }

    Node a_expr(const Node& body) {
        std::string kind = pgast::get_string(body, "kind");
        // The server qualifies an operator the reading search_path does not see (citext's ~ in
        // the schema of its extension: OPERATOR(extensions.~)); the files name it bare and mean
        // the same one, so operators compare by name.
        auto qualified_op = pgast::string_list(pgast::get_list(body, "name"));
        std::string op_text = qualified_op.empty() ? "" : qualified_op.back();
        std::vector<std::string> op;
        if (!op_text.empty()) op.push_back(op_text);
        if (kind == "AEXPR_IN") {
            // x IN (a, b) is stored as x = ANY (ARRAY[a, b]); NOT IN as <> ALL.
            Node elements = canon(body["rexpr"].is_object() && body["rexpr"].contains("List")
                                      ? body["rexpr"]["List"].value("items", Node::array())
                                      : Node::array({body["rexpr"]}));
            // A one-element list is stored as a plain comparison.
            if (elements.size() == 1) return binary(op_text, canon(body["lexpr"]), elements[0]);
            return {{"A_Expr",
                     {{"kind", op_text == "=" ? "AEXPR_OP_ANY" : "AEXPR_OP_ALL"},
                      {"name", names_node({op_text})},
                      {"lexpr", canon(body["lexpr"])},
                      {"rexpr", {{"A_ArrayExpr", {{"elements", elements}}}}}}}};
        }
        if (kind == "AEXPR_NOT_DISTINCT") {
            // a IS NOT DISTINCT FROM b is stored as NOT (a IS DISTINCT FROM b).
            Node distinct = body;
            distinct["kind"] = "AEXPR_DISTINCT";
            return canon({{"BoolExpr", {{"boolop", "NOT_EXPR"}, {"args", Node::array({{{"A_Expr", distinct}}})}}}});
        }
        if (kind == "AEXPR_BETWEEN" || kind == "AEXPR_NOT_BETWEEN") {
            const Node& bounds = body["rexpr"]["List"]["items"];
            Node x = canon(body["lexpr"]);
            Node lo = canon(bounds[0]);
            Node hi = canon(bounds[1]);
            if (kind == "AEXPR_BETWEEN")
                return {{"BoolExpr", {{"boolop", "AND_EXPR"}, {"args", {binary(">=", x, lo), binary("<=", x, hi)}}}}};
            return {{"BoolExpr", {{"boolop", "OR_EXPR"}, {"args", {binary("<", x, lo), binary(">", x, hi)}}}}};
        }
        Node out = generic("A_Expr", body);
        Node& e = out["A_Expr"];
        for (const char* side : {"lexpr", "rexpr"})
            if (e.contains(side)) e[side] = strip_argument_casts(e[side]);
        if (kind == "AEXPR_LIKE" || kind == "AEXPR_ILIKE" || kind == "AEXPR_SIMILAR") e["kind"] = "AEXPR_OP";
        e["name"] = names_node(op);
        if (e.contains("lexpr") && e.contains("rexpr")) {
            e["rexpr"] = typed_literal(e["rexpr"], column_type(body.value("lexpr", Node())), e["lexpr"]);
            e["lexpr"] = typed_literal(e["lexpr"], column_type(body.value("rexpr", Node())), e["rexpr"]);
        }
        return out;
    }

    Node bool_expr(const Node& body) {
        std::string op = pgast::get_string(body, "boolop");
        Node args = Node::array();
        for (const auto& a : pgast::get_list(body, "args")) {
            Node c = canon(a);
            // (a AND b) AND c is the same as a AND b AND c.
            if (op != "NOT_EXPR" && pgast::is_node(c, "BoolExpr") && c["BoolExpr"].value("boolop", "") == op) {
                for (const auto& inner : c["BoolExpr"]["args"]) args.push_back(inner);
            } else {
                args.push_back(c);
            }
        }
        return {{"BoolExpr", {{"boolop", op}, {"args", args}}}};
    }

    Node column_ref(const Node& body) {
        Node out = generic("ColumnRef", body);
        auto fields = pgast::string_list(pgast::get_list(body, "fields"));
        if (ctx_.table && fields.size() >= 2 && fields[fields.size() - 2] == ctx_.table->name &&
            !fields.back().empty())
            out["ColumnRef"]["fields"] = names_node({fields.back()});
        return out;
    }

    Node case_expr(const Node& body) {
        Node out = generic("CaseExpr", body);
        auto& c = out["CaseExpr"];
        if (c.contains("defresult") && pgast::is_node(c["defresult"], "Null")) c.erase("defresult");
        return out;
    }

    Node row_expr(const Node& body) {
        Node out = generic("RowExpr", body);
        out["RowExpr"].erase("row_format");
        out["RowExpr"].erase("colnames");
        return out;
    }

    // inh and persistence are defaults; an alias equal to the relation name adds nothing.
    Node range_var(const Node& body) {
        Node out = generic("RangeVar", body);
        Node& r = out["RangeVar"];
        r.erase("inh");
        r.erase("relpersistence");
        if (r.contains("alias") && r["alias"].value("aliasname", "") == r.value("relname", "") &&
            !r["alias"].contains("colnames"))
            r.erase("alias");
        return out;
    }

    // ASC is the default order; NULLS LAST is the default for it, NULLS FIRST for DESC.
    Node sort_by(const Node& body) {
        Node out = generic("SortBy", body);
        Node& s = out["SortBy"];
        std::string dir = s.value("sortby_dir", "SORTBY_DEFAULT");
        if (dir == "SORTBY_ASC") s["sortby_dir"] = dir = "SORTBY_DEFAULT";
        std::string nulls = s.value("sortby_nulls", "SORTBY_NULLS_DEFAULT");
        if ((dir == "SORTBY_DESC" && nulls == "SORTBY_NULLS_FIRST") ||
            (dir == "SORTBY_DEFAULT" && nulls == "SORTBY_NULLS_LAST"))
            s["sortby_nulls"] = "SORTBY_NULLS_DEFAULT";
        return out;
    }

    Node collate(const Node& body) {
        Node out = generic("CollateClause", body);
        out["CollateClause"]["collname"] =
            names_node(without_pg_catalog(pgast::string_list(pgast::get_list(body, "collname"))));
        return out;
    }

    const ExprContext& ctx_;
};

Node without_locations(Node n) {
    if (n.is_array()) {
        for (auto& c : n) c = without_locations(c);
    } else if (n.is_object()) {
        n.erase("location");
        for (auto& [k, v] : n.items()) v = without_locations(v);
    }
    return n;
}

// The type every element of ARRAY[a::t0, b::t0] is cast to, when they share one.
std::optional<Node> shared_element_type(const Node& array) {
    std::optional<Node> shared;
    for (const auto& e : pgast::get_list(array["A_ArrayExpr"], "elements")) {
        if (!pgast::is_node(e, "TypeCast") || !e["TypeCast"].contains("typeName")) return std::nullopt;
        Node type = without_locations(e["TypeCast"]["typeName"]);
        if (shared && *shared != type) return std::nullopt;
        shared = type;
    }
    return shared;
}

// The server prints one cast of a whole array as (ARRAY[a::t0, b::t0])::t[], which read back
// would cast each element instead (see Canonicalizer::cast): written (ARRAY[...]::t0[])::t[]
// it keeps its meaning, so the text can be given to a server again.
void keep_array_level_casts(Node& n) {
    if (n.is_array()) {
        for (auto& c : n) keep_array_level_casts(c);
        return;
    }
    if (!n.is_object()) return;
    for (auto& [k, v] : n.items()) keep_array_level_casts(v);
    if (!pgast::is_node(n, "TypeCast") || !n["TypeCast"].contains("typeName")) return;
    Node& cast = n["TypeCast"];
    if (!pgast::is_node(cast.value("arg", Node()), "A_ArrayExpr")) return;
    const Node& bounds = cast["typeName"].value("arrayBounds", Node());
    if (!bounds.is_array() || bounds.empty()) return;
    std::optional<Node> element = shared_element_type(cast["arg"]);
    if (!element || element->contains("arrayBounds")) return;
    (*element)["arrayBounds"] = bounds;
    cast["arg"] = {{"TypeCast", {{"arg", cast["arg"]}, {"typeName", *element}}}};
}

void collect_columns(const Node& node, std::vector<std::string>& out) {
    if (node.is_array()) {
        for (const auto& c : node) collect_columns(c, out);
        return;
    }
    if (!node.is_object()) return;
    if (pgast::is_node(node, "ColumnRef")) {
        const auto& fields = pgast::get_list(node["ColumnRef"], "fields");
        if (!fields.empty() && pgast::is_node(fields.back(), "String")) {
            std::string name = pgast::string_value(fields.back());
            if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
        }
        return;
    }
    for (const auto& [k, v] : node.items()) collect_columns(v, out);
}

}  // namespace

namespace {

// Subqueries inside an expression are bound like view queries: `written` keeps the user's
// form (relations qualified), `bound` the form the server prints.
void bind_subqueries(Node& written, Node& bound, const ExprContext& ctx, std::vector<ObjectKey>& refs) {
    if (written.is_array()) {
        for (size_t i = 0; i < written.size(); ++i) bind_subqueries(written[i], bound[i], ctx, refs);
        return;
    }
    if (!written.is_object()) return;
    if (pgast::is_node(written, "SubLink") && written["SubLink"].contains("subselect")) {
        BoundQuery q = bind_query(written["SubLink"]["subselect"], ctx.scope, nullptr, ctx.location_base, ctx.table);
        written["SubLink"]["subselect"] = q.as_written;
        bound["SubLink"]["subselect"] = q.bound;
        refs.insert(refs.end(), q.refs.begin(), q.refs.end());
        if (written["SubLink"].contains("testexpr"))
            bind_subqueries(written["SubLink"]["testexpr"], bound["SubLink"]["testexpr"], ctx, refs);
        return;
    }
    for (auto& [k, v] : written.items()) bind_subqueries(v, bound[k], ctx, refs);
}

}  // namespace

Expr make_expr(const Node& raw, const ExprContext& context) {
    Expr e;
    Node qualified = raw;
    Node bound_tree = raw;
    bind_subqueries(qualified, bound_tree, context, e.refs);
    qualify_names(context, e.refs, qualified);
    std::vector<ObjectKey> unused;
    qualify_names(context, unused, bound_tree);
    if (context.scope.server_printed()) keep_array_level_casts(qualified);
    e.sql = pgast::deparse_expression(qualified);
    // DEFAULT and similar spots take only simple expressions; wrap anything else.
    std::string top = pgast::node_type(qualified);
    bool is_simple = top == "ColumnRef" || top == "SQLValueFunction" ||
                     (top == "A_Const" && !e.sql.empty() && e.sql[0] != '-') ||
                     // x AT TIME ZONE y, SUBSTRING(x FROM 1) ... are calls written as operators.
                     (top == "FuncCall" && pgast::get_string(qualified["FuncCall"], "funcformat") != "COERCE_SQL_SYNTAX");
    if (!is_simple) e.sql = "(" + e.sql + ")";
    Canonicalizer canonicalizer(context);
    Node canonical = canonicalizer.canon(bound_tree);
    if (context.target_type == "boolean" && pgast::is_node(canonical, "Const"))
        canonical = Canonicalizer::boolean_constant(canonical);
    // An untyped literal stored into an interval column is read (and printed) as an interval.
    if (context.target_type.rfind("interval", 0) == 0 && pgast::is_node(canonical, "Const")) {
        std::string fields = context.target_type.size() > 9 ? context.target_type.substr(9) : "";
        if (auto v = normalize_interval(canonical["Const"].get<std::string>(), fields)) canonical = {{"Const", *v}};
    }
    if (pgast::is_node(canonical, "Const"))
        if (auto v = normalize_typed_literal(context.target_type, canonical["Const"].get<std::string>()))
            canonical = {{"Const", *v}};
    e.canonical = canonical.dump();
    std::sort(e.refs.begin(), e.refs.end());
    e.refs.erase(std::unique(e.refs.begin(), e.refs.end()), e.refs.end());
    return e;
}

Expr make_statement_expr(const Node& as_written, const Node& bound, const ExprContext& context,
                          const std::vector<ObjectKey>& refs) {
    Expr e;
    Node written = as_written;
    qualify_names(context, e.refs, written);
    Node canonical_tree = bound;
    std::vector<ObjectKey> unused;
    qualify_names(context, unused, canonical_tree);
    if (context.scope.server_printed()) keep_array_level_casts(written);
    // A list of statements (BEGIN ATOMIC) has no single text; its caller writes it.
    if (!pgast::is_node(written, "List")) e.sql = pgast::deparse_statement(written);
    e.canonical = Canonicalizer(context).canon(canonical_tree).dump();
    e.refs.insert(e.refs.end(), refs.begin(), refs.end());
    std::sort(e.refs.begin(), e.refs.end());
    e.refs.erase(std::unique(e.refs.begin(), e.refs.end()), e.refs.end());
    return e;
}

std::string canonical_text(const Node& tree, const ExprContext& context) {
    return Canonicalizer(context).canon(tree).dump();
}

Expr make_expr_from_text(const std::string& text, const ExprContext& context) {
    return make_expr(pgast::parse_expression(text), context);
}

Expr make_statement_expr(const Node& raw, const ExprContext& context) {
    Expr e;
    Node qualified = raw;
    qualify_names(context, e.refs, qualified);
    e.canonical = Canonicalizer(context).canon(qualified).dump();
    if (context.scope.server_printed()) keep_array_level_casts(qualified);
    e.sql = pgast::deparse_statement(qualified);
    std::sort(e.refs.begin(), e.refs.end());
    e.refs.erase(std::unique(e.refs.begin(), e.refs.end()), e.refs.end());
    return e;
}

std::vector<std::string> referenced_columns(const Node& raw) {
    std::vector<std::string> out;
    collect_columns(raw, out);
    return out;
}

}  // namespace pgfleet
