// DROP TABLE / SEQUENCE / INDEX / TYPE / SCHEMA / EXTENSION.
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/object_removal.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::vector<std::string> object_names(const pgast::Node& obj) {
    std::string t = pgast::node_type(obj);
    if (t == "List") return pgast::string_list(pgast::get_list(obj["List"], "items"));
    if (t == "String") return {pgast::string_value(obj)};
    if (t == "TypeName") return pgast::string_list(pgast::get_list(obj["TypeName"], "names"));
    return {};
}

[[noreturn]] void missing(const std::string& what, const std::string& name) {
    throw StatementError("missing-object", what + " \"" + name + "\" does not exist");
}

}  // namespace

void handle_drop(StatementContext& ctx, const pgast::Node& body) {
    std::string type = pgast::get_string(body, "removeType");
    bool missing_ok = pgast::get_bool(body, "missing_ok");
    DropBehavior behavior = pgast::get_string(body, "behavior") == "DROP_CASCADE" ? DropBehavior::Cascade
                                                                                  : DropBehavior::Restrict;
    Catalog& c = ctx.catalog();
    const NameScope& scope = ctx.scope();
    // Every name is checked before anything is removed.
    std::vector<std::vector<std::string>> names;
    for (const auto& obj : pgast::get_list(body, "objects")) names.push_back(object_names(obj));
    auto skip = [&](const std::string& what, const std::string& name) {
        if (!missing_ok) missing(what, name);
        ctx.warn("missing", what + " \"" + name + "\" does not exist, skipping");
    };
    if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE" || type == "OBJECT_AGGREGATE") {
        std::vector<ObjectKey> keys;
        for (const auto& obj : pgast::get_list(body, "objects")) {
            try {
                keys.push_back(lookup_object_node(ctx, type, obj));
            } catch (const StatementError& e) {
                if (!missing_ok || e.code != "missing-object") throw;
                ctx.warn("missing", std::string(e.what()) + ", skipping");
            }
        }
        for (const auto& k : keys) remove_with_dependents(c, k, behavior);
        return;
    }
    for (const auto& n : names) {
        if (type == "OBJECT_TABLE") {
            if (auto t = scope.find_table(n)) remove_table(c, *t, behavior);
            else skip("table", n.back());
        } else if (type == "OBJECT_SEQUENCE") {
            if (auto s = scope.find_sequence(n)) remove_sequence(c, *s, behavior);
            else skip("sequence", n.back());
        } else if (type == "OBJECT_INDEX") {
            if (auto i = scope.find_index(n)) {
                remove_index(c, *i);
            } else if (auto rel = scope.find_relation(n)) {
                throw StatementError("invalid", "cannot drop index " + n.back() +
                                                    " because a constraint requires it; drop the constraint instead");
            } else {
                skip("index", n.back());
            }
        } else if (type == "OBJECT_TYPE" || type == "OBJECT_DOMAIN") {
            auto e = scope.resolve(n, [&](const QualifiedName& q) { return c.enums.count(q) > 0; });
            if (e) remove_type(c, *e, behavior);
            else skip("type", n.back());
        } else if (type == "OBJECT_SCHEMA") {
            if (c.schemas.count(n.back())) remove_schema(c, n.back(), behavior);
            else skip("schema", n.back());
        } else if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE" ||
                   type == "OBJECT_AGGREGATE") {
            continue;  // handled below: routine names come as ObjectWithArgs
        } else if (type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW") {
            bool materialized = type == "OBJECT_MATVIEW";
            auto v = scope.resolve(n, [&](const QualifiedName& q) {
                auto it = c.views.find(q);
                return it != c.views.end() && it->second.materialized == materialized;
            });
            if (v) remove_with_dependents(c, view_key(*v), behavior);
            else skip(materialized ? "materialized view" : "view", n.back());
        } else if (type == "OBJECT_TRIGGER" || type == "OBJECT_POLICY") {
            try {
                ObjectKey key = lookup_object(ctx, type, n);
                remove_with_dependents(c, key, behavior);
            } catch (const StatementError& e) {
                if (e.code != "missing-object") throw;
                skip(type == "OBJECT_TRIGGER" ? "trigger" : "policy", n.back());
            }
        } else if (type == "OBJECT_EXTENSION") {
            if (n.back() == "plpgsql") continue;
            if (c.extensions.count(n.back())) c.extensions.erase(n.back());
            else skip("extension", n.back());
        } else {
            throw StatementError("unsupported", "DROP of " + type.substr(7) + " is not supported yet");
        }
    }
}

}  // namespace pgfleet
