// CREATE [CONSTRAINT] TRIGGER (also reads the server's pg_get_triggerdef output).
#include <set>

#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// trigger.h bit values (TRIGGER_TYPE_*).
constexpr long long kBefore = 2, kInstead = 64;
constexpr long long kInsert = 4, kDelete = 8, kUpdate = 16, kTruncate = 32;

// The function a trigger runs: model routines get their schema; any other unqualified name is
// taken as a built-in (tsvector_update_trigger), as the server prints those bare.
QualifiedName trigger_function(StatementContext& ctx, const pgast::Node& funcname) {
    auto names = pgast::string_list(funcname);
    if (names.size() >= 2) return {names[names.size() - 2], names.back()};
    for (const auto& s : ctx.scope().search_path())
        if (ctx.catalog().has_routine_named({s, names.back()})) return {s, names.back()};
    return {"pg_catalog", names.back()};
}

// Without extensions, a trigger function is the model's or one of PostgreSQL's own.
void require_trigger_function(StatementContext& ctx, const QualifiedName& f, int offset) {
    static const std::set<std::string> builtin{"tsvector_update_trigger", "tsvector_update_trigger_column",
                                               "suppress_redundant_updates_trigger"};
    const Catalog& c = ctx.catalog();
    if (!c.extensions.empty() || c.has_routine_named(f)) return;
    if (f.schema == "pg_catalog" ? builtin.count(f.name) > 0 : !c.schemas.count(f.schema)) return;
    throw StatementError("missing-object", "function " + f.name + "() does not exist", offset);
}

}  // namespace

void handle_create_trigger(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("relation");
    Catalog& c = ctx.catalog();
    auto rel = ctx.scope().resolve(range_var_names(rv),
                                   [&](const QualifiedName& q) { return c.tables.count(q) || c.views.count(q); });
    if (!rel)
        throw StatementError("missing-object", "relation \"" + pgast::get_string(rv, "relname") + "\" does not exist",
                             ctx.offset_of(rv));
    Trigger t;
    t.table = *rel;
    t.name = pgast::get_string(body, "trigname");
    long long timing = pgast::get_int(body, "timing", 0);
    t.timing = timing & kInstead ? "INSTEAD OF" : timing & kBefore ? "BEFORE" : "AFTER";
    long long events = pgast::get_int(body, "events", 0);
    if (events & kInsert) t.events.push_back("INSERT");
    if (events & kDelete) t.events.push_back("DELETE");
    if (events & kUpdate) t.events.push_back("UPDATE");
    if (events & kTruncate) t.events.push_back("TRUNCATE");
    t.update_columns = pgast::string_list(pgast::get_list(body, "columns"));
    t.for_each_row = pgast::get_bool(body, "row");
    t.function = trigger_function(ctx, pgast::get_list(body, "funcname"));
    require_trigger_function(ctx, t.function, -1);
    for (const auto& a : pgast::get_list(body, "args")) t.arguments.push_back(def_arg_text(a));
    t.constraint = pgast::get_bool(body, "isconstraint");
    t.deferrable = pgast::get_bool(body, "deferrable");
    t.initially_deferred = pgast::get_bool(body, "initdeferred");
    if (body.contains("constrrel")) {
        auto ref = ctx.scope().find_table(range_var_names(body["constrrel"]));
        if (!ref) throw StatementError("missing-object", "relation referenced by the trigger does not exist");
        t.referenced_table = *ref;
    }
    for (const auto& tr : pgast::get_list(body, "transitionRels")) {
        const auto& r = pgast::node_body(tr);
        (pgast::get_bool(r, "isNew") ? t.new_table : t.old_table) = pgast::get_string(r, "name");
    }
    if (body.contains("whenClause")) t.when = make_expr(body["whenClause"], ExprContext{ctx.scope(), t.table, ctx.location_base()});
    ObjectKey key = trigger_key(t.table, t.name);
    if (c.triggers.count(key) && !pgast::get_bool(body, "replace"))
        throw StatementError("invalid", "trigger \"" + t.name + "\" for relation \"" + t.table.name + "\" already exists");
    if (c.triggers.count(key)) t.comment = c.triggers.at(key).comment;
    c.triggers[key] = t;
    ctx.define(key);
}

}  // namespace pgfleet
