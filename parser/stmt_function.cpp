// CREATE [OR REPLACE] FUNCTION / PROCEDURE and ALTER FUNCTION / PROCEDURE / ROUTINE.
#include "parser/function_definition.h"
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_function(StatementContext& ctx, const pgast::Node& body) {
    Function f = build_function(ctx, body);
    ObjectKey key = function_key(f.name, f.identity_arguments);
    Catalog& c = ctx.catalog();
    if (c.aggregates.count(key))
        throw StatementError("invalid", "an aggregate " + f.name.name + "(" + f.identity_arguments + ") already exists");
    auto existing = c.functions.find(key);
    if (existing != c.functions.end()) {
        if (!pgast::get_bool(body, "replace"))
            throw StatementError("invalid", "function \"" + f.name.name + "\" already exists with same argument types");
        if (existing->second.procedure != f.procedure)
            throw StatementError("invalid", "cannot change routine kind of \"" + f.name.name + "\"");
        // CREATE OR REPLACE keeps the owner, comment and privileges.
        f.owner = existing->second.owner;
        f.comment = existing->second.comment;
        f.privileges = existing->second.privileges;
    }
    c.functions[key] = f;
    ctx.define(key);
}

void handle_alter_function(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objtype", "OBJECT_FUNCTION");
    ObjectKey key = lookup_object_node(ctx, objtype, body.at("func"));
    auto it = ctx.catalog().functions.find(key);
    if (it == ctx.catalog().functions.end())
        throw StatementError("invalid", describe(key) + " is an aggregate: ALTER AGGREGATE changes it");
    Function f = it->second;
    for (const auto& action : pgast::get_list(body, "actions")) apply_function_option(ctx, f, action);
    it->second = f;
}

}  // namespace pgfleet
