// CREATE / ALTER FOREIGN DATA WRAPPER.
#include "parser/generic_options.h"
#include "parser/handlers.h"
#include "parser/routine_names.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// HANDLER f / NO HANDLER and VALIDATOR f / NO VALIDATOR.
void apply_functions(StatementContext& ctx, ForeignDataWrapper& w, const pgast::Node& func_options) {
    for (const auto& item : func_options) {
        const auto& d = pgast::node_body(item);
        std::string option = pgast::get_string(d, "defname");
        QualifiedName function;
        if (d.contains("arg")) {
            auto names = pgast::string_list(pgast::get_list(d["arg"]["List"], "items"));
            // The one built-in validator; other handlers and validators come with extensions.
            bool builtin = names.size() == 1 && names[0] == "postgresql_fdw_validator";
            function = resolve_routine(ctx.scope(), names,
                                       builtin ? UnknownRoutine::Builtin : UnknownRoutine::ExtensionSchema);
        }
        if (option == "handler") w.handler = function;
        else if (option == "validator") w.validator = function;
        else throw StatementError("invalid", "option \"" + option + "\" not recognized", ctx.offset_of(d));
    }
}

}  // namespace

void handle_create_fdw(StatementContext& ctx, const pgast::Node& body) {
    ForeignDataWrapper w;
    w.name = pgast::get_string(body, "fdwname");
    if (ctx.catalog().foreign_data_wrappers.count(w.name))
        throw StatementError("invalid", "foreign-data wrapper \"" + w.name + "\" already exists");
    apply_functions(ctx, w, pgast::get_list(body, "func_options"));
    apply_generic_options(ctx, w.options, pgast::get_list(body, "options"));
    ctx.catalog().foreign_data_wrappers[w.name] = w;
    ctx.define(fdw_key(w.name));
}

void handle_alter_fdw(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "fdwname");
    auto it = ctx.catalog().foreign_data_wrappers.find(name);
    if (it == ctx.catalog().foreign_data_wrappers.end())
        throw StatementError("missing-object", "foreign-data wrapper \"" + name + "\" does not exist");
    ForeignDataWrapper w = it->second;
    apply_functions(ctx, w, pgast::get_list(body, "func_options"));
    apply_generic_options(ctx, w.options, pgast::get_list(body, "options"));
    it->second = w;
}

}  // namespace pgfleet
