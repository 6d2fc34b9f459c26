// CREATE [OR REPLACE] AGGREGATE, both the current and the old (BASETYPE) form.
#include <cctype>

#include "catalog/routine_ref.h"
#include "catalog/sql_name.h"
#include "parser/ascii_case.h"
#include "parser/def_elems.h"
#include "parser/handlers.h"
#include "parser/routine_names.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

struct Signature {
    std::vector<std::string> types;
    std::string text;  // as pg_get_function_arguments prints it
};

// Arguments of the current form: a FunctionParameter list and the number of direct
// arguments of an ordered-set aggregate (-1 for a normal one).
Signature signature(StatementContext& ctx, const pgast::Node& params, long long direct) {
    Signature s;
    std::vector<std::string> printed;
    std::string last_variadic;
    for (const auto& p : params) {
        const auto& fp = pgast::node_body(p);
        std::string type = resolve_type(fp.at("argType"), ctx.scope(), ctx.location_base()).sql;
        std::string mode = pgast::get_string(fp, "mode");
        if (mode == "FUNC_PARAM_OUT" || mode == "FUNC_PARAM_INOUT" || mode == "FUNC_PARAM_TABLE")
            throw StatementError("invalid", "aggregates cannot have output arguments", ctx.offset_of(fp));
        std::string name = pgast::get_string(fp, "name");
        std::string text = (mode == "FUNC_PARAM_VARIADIC" ? "VARIADIC " : "") + (name.empty() ? "" : sql_ident(name) + " ") + type;
        if (mode == "FUNC_PARAM_VARIADIC") last_variadic = text;
        s.types.push_back(type);
        printed.push_back(text);
    }
    for (size_t i = 0; i < printed.size(); ++i) {
        if (direct >= 0 && i == static_cast<size_t>(direct)) s.text += (i ? " " : "") + std::string("ORDER BY ");
        else if (i) s.text += ", ";
        s.text += printed[i];
    }
    // (VARIADIC "any" ORDER BY VARIADIC "any") is stored as one argument and printed in full.
    if (direct >= 0 && static_cast<size_t>(direct) == printed.size()) s.text += " ORDER BY " + last_variadic;
    if (printed.empty()) s.text = "*";
    return s;
}

std::string modify_letter(StatementContext& ctx, const std::string& value) {
    std::string v = ascii_lower(value);
    if (v == "read_only") return "r";
    if (v == "shareable") return "s";
    if (v == "read_write") return "w";
    throw StatementError("invalid", "parameter must be READ_ONLY, SHAREABLE, or READ_WRITE");
}

std::string parallel_letter(const std::string& value) {
    std::string v = ascii_lower(value);
    if (v == "safe") return "s";
    if (v == "restricted") return "r";
    if (v == "unsafe") return "u";
    throw StatementError("invalid", "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE");
}

// One option of the definition list, applied to the aggregate.
void apply_option(StatementContext& ctx, Aggregate& a, const pgast::Node& d, std::string& basetype) {
    std::string option = pgast::get_string(d, "defname");
    const pgast::Node arg = d.value("arg", pgast::Node());
    auto text = [&] { return arg.is_null() ? std::string() : def_arg_text(arg); };
    auto routine = [&] {
        auto names = pgast::string_list(pgast::get_list(arg.at("TypeName"), "names"));
        return routine_text(resolve_routine(ctx.scope(), names, UnknownRoutine::Builtin));
    };
    auto type = [&] { return resolve_type(arg.at("TypeName"), ctx.scope(), ctx.location_base()).sql; };
    if (option == "sfunc" || option == "sfunc1") a.state_function = routine();
    else if (option == "stype" || option == "stype1") a.state_type = type();
    else if (option == "sspace") a.state_space = text() == "0" ? "" : text();
    else if (option == "finalfunc") a.final_function = routine();
    else if (option == "finalfunc_extra") a.final_extra = true;
    else if (option == "finalfunc_modify") a.final_modify = modify_letter(ctx, text());
    else if (option == "combinefunc") a.combine_function = routine();
    else if (option == "serialfunc") a.serial_function = routine();
    else if (option == "deserialfunc") a.deserial_function = routine();
    else if (option == "initcond" || option == "initcond1") {
        a.initial_condition = text();
        a.has_initial_condition = true;
    } else if (option == "msfunc") a.moving_state_function = routine();
    else if (option == "minvfunc") a.moving_inverse_function = routine();
    else if (option == "mstype") a.moving_state_type = type();
    else if (option == "msspace") a.moving_state_space = text() == "0" ? "" : text();
    else if (option == "mfinalfunc") a.moving_final_function = routine();
    else if (option == "mfinalfunc_extra") a.moving_final_extra = true;
    else if (option == "mfinalfunc_modify") a.moving_final_modify = modify_letter(ctx, text());
    else if (option == "minitcond") {
        a.moving_initial_condition = text();
        a.has_moving_initial_condition = true;
    } else if (option == "sortop") {
        auto names = pgast::string_list(pgast::get_list(arg.at("List"), "items"));
        a.sort_operator = names.size() >= 2 && names[names.size() - 2] != "pg_catalog"
                              ? sql_ident(names[names.size() - 2]) + "." + names.back()
                              : names.back();
    } else if (option == "parallel") a.parallel = parallel_letter(text());
    else if (option == "hypothetical") a.kind = "h";
    else if (option == "basetype") basetype = arg.is_null() ? "" : type();
    else throw StatementError("invalid", "aggregate attribute \"" + option + "\" not recognized", ctx.offset_of(d));
}

}  // namespace

void handle_create_aggregate(StatementContext& ctx, const pgast::Node& body) {
    QualifiedName name = ctx.new_name(pgast::string_list(pgast::get_list(body, "defnames")), -1);
    Aggregate a;
    a.name = name;
    std::string basetype;
    for (const auto& item : pgast::get_list(body, "definition")) apply_option(ctx, a, pgast::node_body(item), basetype);
    Signature sig;
    if (pgast::get_bool(body, "oldstyle")) {
        // BASETYPE = "any" makes an aggregate over no arguments, like count(*).
        if (!basetype.empty() && basetype != "\"any\"") sig = {{basetype}, basetype};
        else sig.text = "*";
    } else {
        const auto& args = pgast::get_list(body, "args");
        long long direct = args.size() > 1 ? pgast::get_int(pgast::node_body(args[1]), "ival", -1) : -1;
        pgast::Node params = args.empty() || !pgast::is_node(args[0], "List") ? pgast::Node::array()
                                                                            : pgast::get_list(args[0]["List"], "items");
        sig = signature(ctx, params, direct);
        if (direct >= 0 && a.kind != "h") a.kind = "o";
    }
    if (a.kind == "h" && sig.text.find("ORDER BY") == std::string::npos)
        throw StatementError("invalid", "only ordered-set aggregates can be hypothetical");
    if (a.state_function.empty()) throw StatementError("invalid", "aggregate sfunc must be specified");
    if (a.state_type.empty()) throw StatementError("invalid", "aggregate stype must be specified");
    for (size_t i = 0; i < sig.types.size(); ++i) a.identity_arguments += (i ? ", " : "") + sig.types[i];
    a.arguments = sig.text;
    // The server always records how final functions treat the state.
    std::string default_modify = a.kind == "n" ? "r" : "w";
    if (a.final_modify.empty()) a.final_modify = default_modify;
    if (a.moving_final_modify.empty()) a.moving_final_modify = default_modify;

    ObjectKey key = function_key(name, a.identity_arguments);
    Catalog& c = ctx.catalog();
    if (c.functions.count(key)) throw StatementError("invalid", "function " + name.name + " already exists with same argument types");
    auto existing = c.aggregates.find(key);
    if (existing != c.aggregates.end()) {
        if (!pgast::get_bool(body, "replace"))
            throw StatementError("invalid", "function " + name.name + "(" + a.identity_arguments + ") already exists");
        // CREATE OR REPLACE keeps ownership, privileges and the comment.
        a.owner = existing->second.owner;
        a.comment = existing->second.comment;
        a.privileges = existing->second.privileges;
    } else {
        a.privileges = default_public_privileges("function");
    }
    c.aggregates[key] = a;
    ctx.define(key);
}

}  // namespace pgfleet
