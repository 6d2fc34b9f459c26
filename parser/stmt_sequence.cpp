// CREATE SEQUENCE and ALTER SEQUENCE.
#include "parser/handlers.h"
#include "parser/sequence_options.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_sequence(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("sequence");
    QualifiedName name = ctx.new_name(rv);
    if (ctx.catalog().has_relation(name)) {
        if (pgast::get_bool(body, "if_not_exists")) return;
        throw StatementError("invalid", "relation \"" + name.name + "\" already exists", ctx.offset_of(rv));
    }
    Sequence seq;
    seq.name = name;
    seq.unlogged = pgast::get_string(rv, "relpersistence") == "u";
    seq.privileges = ctx.new_object_privileges(name.schema, "sequences");
    auto changes = apply_sequence_options(ctx, seq.options, pgast::get_list(body, "options"), true);
    if (changes.owned_by) seq.owned_by = *changes.owned_by;
    ctx.catalog().sequences[name] = seq;
    ctx.define(sequence_key(name), ctx.offset_of(rv));
}

void handle_alter_sequence(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("sequence");
    auto found = ctx.scope().find_sequence(range_var_names(rv));
    if (!found) {
        if (pgast::get_bool(body, "missing_ok")) return;
        throw StatementError("missing-object", "relation \"" + pgast::get_string(rv, "relname") + "\" does not exist",
                             ctx.offset_of(rv));
    }
    Sequence seq = ctx.catalog().sequences.at(*found);
    auto changes = apply_sequence_options(ctx, seq.options, pgast::get_list(body, "options"), false);
    if (changes.owned_by) seq.owned_by = *changes.owned_by;
    ctx.catalog().sequences[*found] = seq;
}

}  // namespace pgfleet
