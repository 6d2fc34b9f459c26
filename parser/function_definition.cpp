#include "parser/function_definition.h"

#include <algorithm>
#include <cctype>

#include "catalog/sql_name.h"
#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"
#include "parser/query_binder.h"
#include "pgast/deparse.h"

namespace pgfleet {
namespace {

std::string mode_of(const std::string& m) {
    if (m == "FUNC_PARAM_OUT") return "out";
    if (m == "FUNC_PARAM_INOUT") return "inout";
    if (m == "FUNC_PARAM_VARIADIC") return "variadic";
    if (m == "FUNC_PARAM_TABLE") return "table";
    return "in";
}

bool is_input(const std::string& mode) { return mode == "in" || mode == "inout" || mode == "variadic"; }

// What pg_get_function_result prints: TABLE(...), SETOF t, t, or the OUT parameters' type.
std::string result_type(const Function& f, const pgast::Node& body, StatementContext& ctx) {
    std::string table;
    std::vector<const FunctionArgument*> outs;
    for (const auto& a : f.arguments) {
        if (a.mode == "table") table += (table.empty() ? "" : ", ") + sql_ident(a.name) + " " + a.type;
        if (a.mode == "out" || a.mode == "inout") outs.push_back(&a);
    }
    if (!table.empty()) return "TABLE(" + table + ")";
    if (body.contains("returnType")) {
        const auto& rt = body["returnType"];
        std::string type = resolve_type_without_modifiers(rt, ctx.scope(), ctx.location_base()).sql;
        return (pgast::get_bool(rt, "setof") ? "SETOF " : "") + type;
    }
    if (f.procedure) return "";
    if (outs.size() == 1) return outs[0]->type;
    if (!outs.empty()) return "record";
    throw StatementError("invalid", "function result type must be specified");
}

}  // namespace

// A SQL-standard body (RETURN expr, BEGIN ATOMIC ... END): the server stores it parsed and
// prints it bound, so it is compared like a view query, parameters by position.
Expr standard_sql_body(StatementContext& ctx, const Function& f, const pgast::Node& body) {
    RoutineParameters params;
    params.function_name = f.name.name;
    for (const auto& a : f.arguments)
        if (is_input(a.mode)) params.names.push_back(a.name);
    ExprContext ectx{ctx.scope(), std::nullopt, ctx.location_base()};
    auto select_of = [](const pgast::Node& expr) {
        return pgast::Node{{"SelectStmt",
                            {{"targetList", pgast::Node::array({{{"ResTarget", {{"val", expr}}}}})},
                             {"limitOption", "LIMIT_OPTION_DEFAULT"},
                             {"op", "SETOP_NONE"}}}};
    };
    if (pgast::is_node(body, "ReturnStmt")) {
        const auto& value = body["ReturnStmt"].at("returnval");
        BoundQuery q = bind_query(select_of(value), ctx.scope(), &params, ctx.location_base());
        Expr e = make_statement_expr(q.as_written, q.bound, ectx, q.refs);
        e.sql = "RETURN " + make_expr(value, ectx).sql;
        return e;
    }
    pgast::Node as_written = pgast::Node::array(), bound = pgast::Node::array();
    std::vector<ObjectKey> refs;
    std::string sql = "BEGIN ATOMIC\n";
    for (const auto& group : pgast::get_list(body["List"], "items"))
        for (const auto& stmt : pgast::get_list(group["List"], "items")) {
            if (pgast::is_node(stmt, "SelectStmt")) {
                BoundQuery q = bind_query(stmt, ctx.scope(), &params, ctx.location_base());
                as_written.push_back(q.as_written);
                bound.push_back(q.bound);
                refs.insert(refs.end(), q.refs.begin(), q.refs.end());
            } else {
                as_written.push_back(stmt);
                bound.push_back(stmt);
            }
            sql += "  " + pgast::deparse_statement(as_written.back()) + ";\n";
        }
    Expr e = make_statement_expr(pgast::Node{{"List", {{"items", as_written}}}}, pgast::Node{{"List", {{"items", bound}}}},
                                 ectx, refs);
    e.sql = sql + "END";
    return e;
}


std::string config_entry(const pgast::Node& set) {
    // GUC names are case-insensitive; proconfig keeps the canonical spelling, we lower-case both.
    std::string name = pgast::get_string(set, "name");
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string value;
    // List settings keep each element apart; search_path elements are identifiers.
    bool quote_names = name == "search_path";
    for (const auto& a : pgast::get_list(set, "args")) {
        std::string v = def_arg_text(a);
        value += (value.empty() ? "" : ", ") + (quote_names ? sql_ident(v) : v);
    }
    return name + "=" + value;
}

// SET name FROM CURRENT takes the value the session has when the routine is created: the
// one the files SET before it, or the server's default search_path.
std::string current_setting(StatementContext& ctx, const pgast::Node& set, int offset) {
    std::string name = pgast::get_string(set, "name");
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto it = ctx.state().settings.find(name);
    if (it != ctx.state().settings.end()) return it->second;
    if (name == "search_path") return "search_path=\"$user\", public";
    throw StatementError("invalid",
                         "SET " + name + " FROM CURRENT takes the session's value of " + name +
                             ", which these files do not set; SET it before this statement or write SET " + name +
                             " = value",
                         offset);
}

void apply_function_option(StatementContext& ctx, Function& f, const pgast::Node& item) {
    const auto& d = pgast::node_body(item);
    std::string name = pgast::get_string(d, "defname");
    const pgast::Node arg = d.value("arg", pgast::Node());
    if (name == "volatility") {
        std::string v = def_arg_text(arg);
        f.volatility = v == "immutable" ? "i" : v == "stable" ? "s" : "v";
    } else if (name == "strict") {
        f.strict = def_arg_text(arg) == "true";
    } else if (name == "security") {
        f.security_definer = def_arg_text(arg) == "true";
    } else if (name == "leakproof") {
        f.leakproof = def_arg_text(arg) == "true";
    } else if (name == "window") {
        f.window = def_arg_text(arg) == "true";
    } else if (name == "parallel") {
        std::string v = def_arg_text(arg);
        f.parallel = v == "safe" ? "s" : v == "restricted" ? "r" : "u";
    } else if (name == "cost") {
        f.cost = std::stod(def_arg_text(arg));
    } else if (name == "rows") {
        f.rows = std::stod(def_arg_text(arg));
    } else if (name == "set") {
        const auto& set = pgast::node_body(arg);
        std::string var = pgast::get_string(set, "name");
        std::string kind = pgast::get_string(set, "kind");
        auto same = [&](const std::string& e) { return e.rfind(var + "=", 0) == 0; };
        if (kind == "VAR_RESET_ALL") {
            f.config.clear();
            return;
        }
        f.config.erase(std::remove_if(f.config.begin(), f.config.end(), same), f.config.end());
        if (kind == "VAR_SET_VALUE") f.config.push_back(config_entry(set));
        if (kind == "VAR_SET_CURRENT") f.config.push_back(current_setting(ctx, set, ctx.offset_of(d)));
    } else if (name == "language") {
        f.language = def_arg_text(arg);
    } else if (name == "as") {
        auto parts = pgast::string_list(pgast::get_list(pgast::node_body(arg), "items"));
        f.body.clear();
        for (size_t i = 0; i < parts.size(); ++i) f.body += (i ? ", " : "") + parts[i];
    } else if (name == "support") {
        // A support function takes one internal argument: look it up as the server does.
        auto names = pgast::string_list(pgast::get_list(pgast::node_body(arg), "items"));
        auto found = ctx.scope().resolve(names, [&](const QualifiedName& q) {
            return ctx.catalog().functions.count(function_key(q, "internal")) > 0;
        });
        f.support = found ? *found : QualifiedName{names.size() > 1 ? names[names.size() - 2] : "pg_catalog", names.back()};
    } else {
        throw StatementError("invalid", "unknown routine option " + name, ctx.offset_of(d));
    }
}

Function build_function(StatementContext& ctx, const pgast::Node& body) {
    Function f;
    auto names = pgast::string_list(pgast::get_list(body, "funcname"));
    f.name = ctx.new_name(names, -1);
    f.procedure = pgast::get_bool(body, "is_procedure");
    for (const auto& p : pgast::get_list(body, "parameters")) {
        const auto& fp = pgast::node_body(p);
        FunctionArgument a;
        a.mode = mode_of(pgast::get_string(fp, "mode"));
        a.name = pgast::get_string(fp, "name");
        a.type = resolve_type_without_modifiers(fp.at("argType"), ctx.scope(), ctx.location_base()).sql;
        if (fp.contains("defexpr")) {
            ExprContext ectx{ctx.scope(), std::nullopt, ctx.location_base()};
            ectx.target_type = a.type;
            a.default_value = make_expr(fp["defexpr"], ectx);
        }
        if (is_input(a.mode)) f.identity_arguments += (f.identity_arguments.empty() ? "" : ", ") + a.type;
        f.arguments.push_back(std::move(a));
    }
    for (const auto& opt : pgast::get_list(body, "options")) apply_function_option(ctx, f, opt);
    if (f.language.empty()) f.language = body.contains("sql_body") ? "sql" : "";
    if (f.language.empty()) throw StatementError("invalid", "no language specified");
    f.returns = result_type(f, body, ctx);
    if (body.contains("sql_body")) f.sql_body = standard_sql_body(ctx, f, body["sql_body"]);
    // The defaults PostgreSQL fills in, made explicit so both sides compare equal.
    bool c_like = f.language == "c" || f.language == "internal";
    bool returns_set = f.returns.rfind("SETOF ", 0) == 0 || f.returns.rfind("TABLE(", 0) == 0;
    bool cost_given = false, rows_given = false;
    for (const auto& opt : pgast::get_list(body, "options")) {
        std::string n = pgast::get_string(pgast::node_body(opt), "defname");
        cost_given |= n == "cost";
        rows_given |= n == "rows";
    }
    if (!cost_given) f.cost = c_like ? 1 : 100;
    if (!rows_given) f.rows = returns_set ? 1000 : 0;
    f.privileges = ctx.new_object_privileges(f.name.schema, "functions");
    return f;
}

}  // namespace pgfleet
