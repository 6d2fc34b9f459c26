// DROP of every modeled kind (DROP USER MAPPING has its own statement).
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
    if (t == "ObjectWithArgs") return pgast::string_list(pgast::get_list(obj["ObjectWithArgs"], "objname"));
    return {};
}

// Kinds found by object_lookup and removed through the dependency graph.
bool removed_as_group(const std::string& type) {
    for (const char* t : {"OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE", "OBJECT_AGGREGATE", "OBJECT_TRIGGER",
                          "OBJECT_POLICY", "OBJECT_RULE", "OBJECT_COLLATION", "OBJECT_EVENT_TRIGGER",
                          "OBJECT_PUBLICATION", "OBJECT_FDW", "OBJECT_FOREIGN_SERVER"})
        if (type == t) return true;
    return false;
}

// The type a DROP TYPE / DROP DOMAIN names; DROP DOMAIN takes only domains, DROP TYPE all others.
std::optional<QualifiedName> find_type(StatementContext& ctx, const std::vector<std::string>& names, bool domain) {
    const Catalog& c = ctx.catalog();
    auto any = ctx.scope().resolve(names, [&](const QualifiedName& q) {
        return c.enums.count(q) || c.domains.count(q) || c.composite_types.count(q) || c.range_types.count(q);
    });
    if (any && (c.domains.count(*any) > 0) != domain)
        throw StatementError("invalid", "\"" + names.back() + "\" is " + (domain ? "not a domain" : "a domain; use DROP DOMAIN"));
    return any;
}

}  // namespace

void handle_drop(StatementContext& ctx, const pgast::Node& body) {
    std::string type = pgast::get_string(body, "removeType");
    bool missing_ok = pgast::get_bool(body, "missing_ok");
    DropBehavior behavior = pgast::get_string(body, "behavior") == "DROP_CASCADE" ? DropBehavior::Cascade
                                                                                  : DropBehavior::Restrict;
    Catalog& c = ctx.catalog();
    const NameScope& scope = ctx.scope();
    auto skip = [&](const std::string& what, const std::string& name) {
        if (!missing_ok) throw_missing_object(what, name);
        ctx.warn("missing", what + " \"" + name + "\" does not exist, skipping");
    };
    // Every name is checked before anything is removed (a missing one fails the statement).
    if (removed_as_group(type)) {
        std::vector<ObjectKey> keys;
        for (const auto& obj : pgast::get_list(body, "objects")) {
            try {
                keys.push_back(lookup_object_node(ctx, type, obj));
            } catch (const StatementError& e) {
                if (!missing_ok || e.code != "missing-object") throw;
                ctx.warn("missing", std::string(e.what()) + ", skipping");
            }
        }
        for (const auto& k : keys)
            if (c.contains(k)) remove_object(c, k, behavior);
        return;
    }
    for (const auto& obj : pgast::get_list(body, "objects")) {
        std::vector<std::string> n = object_names(obj);
        if (type == "OBJECT_TABLE") {
            // A temporary table (a rebuild's copy of rows) lives in the session, not the schema.
            if (n.size() == 2 && n[0] == "pg_temp") continue;
            if (auto t = scope.find_table(n); t && !c.tables.at(*t).foreign) remove_table(c, *t, behavior);
            else skip("table", n.back());
        } else if (type == "OBJECT_FOREIGN_TABLE") {
            if (auto t = scope.find_table(n); t && c.tables.at(*t).foreign) remove_object(c, table_key(*t), behavior);
            else skip("foreign table", n.back());
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
            if (auto t = find_type(ctx, n, type == "OBJECT_DOMAIN")) remove_type(c, *t, behavior);
            else skip("type", n.back());
        } else if (type == "OBJECT_SCHEMA") {
            if (c.schemas.count(n.back())) remove_schema(c, n.back(), behavior);
            else skip("schema", n.back());
        } else if (type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW") {
            bool materialized = type == "OBJECT_MATVIEW";
            auto v = scope.resolve(n, [&](const QualifiedName& q) {
                auto it = c.views.find(q);
                return it != c.views.end() && it->second.materialized == materialized;
            });
            if (v) remove_object(c, view_key(*v), behavior);
            else skip(materialized ? "materialized view" : "view", n.back());
        } else if (type == "OBJECT_EXTENSION") {
            if (n.back() == "plpgsql") continue;
            if (c.extensions.count(n.back())) c.extensions.erase(n.back());
            else skip("extension", n.back());
        } else {
            std::string what = type.substr(7);
            for (auto& ch : what) ch = ch == '_' ? ' ' : ch;
            throw StatementError("unsupported", "DROP " + what + ": pgfleet does not model this kind of object; the statement is ignored");
        }
    }
}

}  // namespace pgfleet
