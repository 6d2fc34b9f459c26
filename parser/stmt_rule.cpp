// CREATE [OR REPLACE] RULE (ON SELECT rules are how views are made, not rules of their own).
#include "parser/handlers.h"
#include "parser/rule_definition.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_rule(StatementContext& ctx, const pgast::Node& body) {
    const auto& rv = body.at("relation");
    auto names = range_var_names(rv);
    auto relation = ctx.scope().resolve(names, [&](const QualifiedName& q) {
        return ctx.catalog().tables.count(q) > 0 || ctx.catalog().views.count(q) > 0;
    });
    if (!relation)
        throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", ctx.offset_of(rv));
    if (pgast::get_string(body, "event") == "CMD_SELECT")
        throw StatementError("unsupported", "ON SELECT rules turn a table into a view; declare the view instead");
    std::string name = pgast::get_string(body, "rulename");
    ObjectKey key = rule_key(*relation, name);
    auto existing = ctx.catalog().rules.find(key);
    if (existing != ctx.catalog().rules.end() && !pgast::get_bool(body, "replace"))
        throw StatementError("invalid", "rule \"" + name + "\" for relation \"" + relation->name + "\" already exists");
    Rule rule;
    rule.table = *relation;
    rule.name = name;
    rule.definition = rule_definition(ctx.scope(), body);
    // CREATE OR REPLACE keeps the comment; the rule fires on origin again.
    if (existing != ctx.catalog().rules.end()) rule.comment = existing->second.comment;
    ctx.catalog().rules[key] = rule;
    ctx.define(key);
}

}  // namespace pgfleet
