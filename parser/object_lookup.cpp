#include "parser/object_lookup.h"

#include <algorithm>

#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {

std::vector<std::string> statement_object_names(const pgast::Node& obj) {
    std::string t = pgast::node_type(obj);
    if (t == "List") return pgast::string_list(pgast::get_list(obj["List"], "items"));
    if (t == "String") return {pgast::string_value(obj)};
    if (t == "TypeName") return pgast::string_list(pgast::get_list(obj["TypeName"], "names"));
    return {};
}

std::string identity_arguments(StatementContext& ctx, const pgast::Node& type_names) {
    std::string out;
    for (const auto& t : type_names) {
        const auto& body = pgast::is_node(t, "TypeName") ? t["TypeName"] : t;
        out += (out.empty() ? "" : ", ") + resolve_type(body, ctx.scope(), ctx.location_base()).sql;
    }
    return out;
}

ObjectKey lookup_routine(StatementContext& ctx, const pgast::Node& owa, const std::vector<std::string>& kinds) {
    const auto& body = pgast::is_node(owa, "ObjectWithArgs") ? owa["ObjectWithArgs"] : owa;
    auto names = pgast::string_list(pgast::get_list(body, "objname"));
    if (names.empty()) throw StatementError("invalid", "routine name missing");
    const Catalog& c = ctx.catalog();
    bool any_args = pgast::get_bool(body, "args_unspecified");
    std::string args = any_args ? "" : identity_arguments(ctx, pgast::get_list(body, "objargs"));
    auto wanted = [&](const std::string& kind) { return std::find(kinds.begin(), kinds.end(), kind) != kinds.end(); };
    auto matches = [&](const ObjectKey& k) {
        if (!any_args && k.sub != args) return false;
        if (auto f = c.functions.find(k); f != c.functions.end())
            return wanted(f->second.procedure ? "procedure" : "function");
        return c.aggregates.count(k) && wanted("aggregate");
    };
    std::vector<std::string> schemas;
    if (names.size() >= 2) schemas.push_back(names[names.size() - 2]);
    else schemas = ctx.scope().search_path();
    for (const auto& schema : schemas) {
        std::vector<ObjectKey> found;
        ObjectKey from{ObjectKind::Function, schema, names.back(), ""};
        for (const auto* map : {&c.functions}) {
            for (auto it = map->lower_bound(from); it != map->end() && it->first.schema == schema &&
                                                   it->first.name == names.back(); ++it)
                if (matches(it->first)) found.push_back(it->first);
        }
        for (auto it = c.aggregates.lower_bound(from);
             it != c.aggregates.end() && it->first.schema == schema && it->first.name == names.back(); ++it)
            if (matches(it->first)) found.push_back(it->first);
        if (found.size() == 1) return found[0];
        if (found.size() > 1)
            throw StatementError("invalid", "function name \"" + names.back() + "\" is not unique; give its argument types");
    }
    throw StatementError("missing-object", "function " + names.back() + "(" + args + ") does not exist");
}

ObjectKey lookup_object_node(StatementContext& ctx, const std::string& objtype, const pgast::Node& object) {
    // GRANT/COMMENT ON FUNCTION also take aggregates (only procedures are refused).
    if (objtype == "OBJECT_FUNCTION") return lookup_routine(ctx, object, {"function", "aggregate"});
    if (objtype == "OBJECT_PROCEDURE") return lookup_routine(ctx, object, {"procedure"});
    if (objtype == "OBJECT_ROUTINE") return lookup_routine(ctx, object, {"function", "procedure", "aggregate"});
    if (objtype == "OBJECT_AGGREGATE") return lookup_routine(ctx, object, {"aggregate"});
    if (pgast::is_node(object, "RangeVar")) return lookup_object(ctx, objtype, range_var_names(object["RangeVar"]));
    return lookup_object(ctx, objtype, statement_object_names(object));
}

ObjectKey lookup_object(StatementContext& ctx, const std::string& objtype, const std::vector<std::string>& names) {
    const NameScope& scope = ctx.scope();
    const Catalog& c = ctx.catalog();
    if (names.empty()) throw StatementError("invalid", "object name missing");
    if (objtype == "OBJECT_SCHEMA") {
        if (!c.schemas.count(names.back())) throw_missing_object("schema", names.back());
        return schema_key(names.back());
    }
    if (objtype == "OBJECT_EXTENSION") {
        if (!c.extensions.count(names.back())) throw_missing_object("extension", names.back());
        return extension_key(names.back());
    }
    if (objtype == "OBJECT_TABLE") {
        auto t = scope.find_table(names);
        if (!t) throw_missing_object("relation", names.back());
        return table_key(*t);
    }
    if (objtype == "OBJECT_SEQUENCE") {
        auto s = scope.find_sequence(names);
        if (!s) throw_missing_object("relation", names.back());
        return sequence_key(*s);
    }
    if (objtype == "OBJECT_INDEX") {
        auto i = scope.find_index(names);
        if (!i) throw_missing_object("relation", names.back());
        return index_key(*i);
    }
    if (objtype == "OBJECT_TYPE" || objtype == "OBJECT_DOMAIN") {
        auto t = scope.resolve(names, [&](const QualifiedName& q) {
            return c.enums.count(q) || c.domains.count(q) || c.composite_types.count(q) || c.range_types.count(q);
        });
        if (!t && scope.resolve(names, [&](const QualifiedName& q) { return c.range_of_multirange(q) != nullptr; }))
            throw StatementError("unsupported", "the multirange type \"" + names.back() +
                                                    "\" goes with its range type; its own comment, owner and "
                                                    "privileges are not modeled");
        if (!t) throw_missing_object("type", names.back());
        return type_key(*t);
    }
    if (objtype == "OBJECT_VIEW" || objtype == "OBJECT_MATVIEW") {
        bool materialized = objtype == "OBJECT_MATVIEW";
        auto v = scope.resolve(names, [&](const QualifiedName& q) {
            auto it = c.views.find(q);
            return it != c.views.end() && it->second.materialized == materialized;
        });
        if (!v) throw_missing_object(materialized ? "materialized view" : "view", names.back());
        return view_key(*v);
    }
    if (objtype == "OBJECT_FOREIGN_TABLE") {
        auto t = scope.resolve(names, [&](const QualifiedName& q) {
            auto it = c.tables.find(q);
            return it != c.tables.end() && it->second.foreign.has_value();
        });
        if (!t) throw_missing_object("foreign table", names.back());
        return table_key(*t);
    }
    if (objtype == "OBJECT_COLLATION") {
        auto t = scope.resolve(names, [&](const QualifiedName& q) { return c.collations.count(q) > 0; });
        if (!t) throw_missing_object("collation", names.back());
        return collation_key(*t);
    }
    if (objtype == "OBJECT_TRIGGER" || objtype == "OBJECT_POLICY" || objtype == "OBJECT_RULE") {
        if (names.size() < 2) throw StatementError("invalid", "name must say which table");
        std::vector<std::string> rel(names.begin(), names.end() - 1);
        auto t = scope.find_relation(rel);
        if (!t) throw_missing_object("relation", rel.back());
        ObjectKey key = objtype == "OBJECT_TRIGGER" ? trigger_key(*t, names.back())
                        : objtype == "OBJECT_POLICY" ? policy_key(*t, names.back())
                                                     : rule_key(*t, names.back());
        if (!c.contains(key)) throw_missing_object(objtype == "OBJECT_TRIGGER" ? "trigger" : objtype == "OBJECT_POLICY" ? "policy" : "rule",
                                      names.back());
        return key;
    }
    if (objtype == "OBJECT_EVENT_TRIGGER" || objtype == "OBJECT_PUBLICATION" || objtype == "OBJECT_FDW" ||
        objtype == "OBJECT_FOREIGN_SERVER") {
        ObjectKey key = objtype == "OBJECT_EVENT_TRIGGER" ? event_trigger_key(names.back())
                        : objtype == "OBJECT_PUBLICATION" ? publication_key(names.back())
                        : objtype == "OBJECT_FDW"         ? fdw_key(names.back())
                                                          : server_key(names.back());
        if (!c.contains(key)) throw_missing_object(kind_name(key.kind), names.back());
        return key;
    }
    if (objtype == "OBJECT_COLUMN" || objtype == "OBJECT_TABCONSTRAINT") {
        if (names.size() < 2) throw StatementError("invalid", "column name must be qualified");
        std::vector<std::string> table_names(names.begin(), names.end() - 1);
        auto t = scope.find_table(table_names);
        if (!t) throw_missing_object("relation", table_names.back());
        const Table& table = c.tables.at(*t);
        if (objtype == "OBJECT_COLUMN") {
            if (!table.find_column(names.back())) throw_missing_object("column", names.back());
            return column_key(*t, names.back());
        }
        if (!table.find_constraint(names.back())) throw_missing_object("constraint", names.back());
        return constraint_key(*t, names.back());
    }
    std::string what = objtype.substr(7);
    for (auto& ch : what) ch = ch == '_' ? ' ' : ch;
    if (objtype == "OBJECT_DATABASE" || objtype == "OBJECT_ROLE" || objtype == "OBJECT_TABLESPACE" ||
        objtype == "OBJECT_LARGEOBJECT" || objtype == "OBJECT_SUBSCRIPTION")
        throw StatementError("not-schema", what + " is not part of a database's schema; ignored");
    throw StatementError("unsupported", what + ": pgfleet does not model this kind of object; the statement is ignored");
}

void throw_missing_object(const std::string& what, const std::string& name) {
    throw StatementError("missing-object", what + " \"" + name + "\" does not exist");
}

}  // namespace pgfleet
