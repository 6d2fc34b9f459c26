#include "parser/routine_moves.h"

#include "catalog/routine_ref.h"
#include "parser/object_rename.h"
#include "parser/rename_dependents.h"
#include "parser/statement_error.h"

namespace pgfleet {

void move_routine(StatementContext& ctx, const ObjectKey& key, const QualifiedName& to) {
    Catalog& c = ctx.catalog();
    QualifiedName from{key.schema, key.name};
    if (from == to) return;
    if (!c.schemas.count(to.schema)) throw StatementError("missing-object", "schema \"" + to.schema + "\" does not exist");
    ObjectKey moved = function_key(to, key.sub);
    if (c.contains(moved))
        throw StatementError("invalid", "function " + to.name + "(" + key.sub + ") already exists in schema \"" + to.schema + "\"");
    RenameDependents dependents(ctx, NameChange{NameChange::What::Routine, from, to});
    auto node = c.functions.extract(key);
    node.key() = moved;
    node.mapped().name = to;
    c.functions.insert(std::move(node));
    // Triggers and event triggers name their function; aggregates their support functions.
    bool overloaded = false;
    for (const auto& [k, f] : c.functions) overloaded |= k.schema == from.schema && k.name == from.name;
    if (!overloaded) {
        for (auto& [k, t] : c.triggers)
            if (t.function == from) t.function = to;
        for (auto& [k, e] : c.event_triggers)
            if (e.function == from) e.function = to;
        std::string a = routine_text(from), b = routine_text(to);
        for (auto& [k, agg] : c.aggregates)
            for (std::string* f : {&agg.state_function, &agg.final_function, &agg.combine_function, &agg.serial_function,
                                   &agg.deserial_function, &agg.moving_state_function, &agg.moving_inverse_function,
                                   &agg.moving_final_function})
                if (*f == a) *f = b;
    }
    dependents.apply(ctx);
}

void rename_table_part(StatementContext& ctx, const ObjectKey& key, const std::string& to) {
    Catalog& c = ctx.catalog();
    QualifiedName table{key.schema, key.name};
    if (key.kind == ObjectKind::Trigger) {
        ObjectKey target = trigger_key(table, to);
        if (c.triggers.count(target))
            throw StatementError("invalid", "trigger \"" + to + "\" for relation \"" + table.name + "\" already exists");
        move_keyed(c.triggers, key, target, to);
        return;
    }
    ObjectKey target = policy_key(table, to);
    if (c.policies.count(target))
        throw StatementError("invalid", "policy \"" + to + "\" for table \"" + table.name + "\" already exists");
    move_keyed(c.policies, key, target, to);
}

}  // namespace pgfleet
