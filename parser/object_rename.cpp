#include "parser/object_rename.h"

#include <algorithm>

#include "catalog/sql_name.h"
#include "parser/domain_constraints.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// "public.old[]" -> "public.new[]" when the type text names `from`.
void retarget(std::string& type_sql, const std::string& from, const std::string& to) {
    if (type_sql.compare(0, from.size(), from) != 0) return;
    if (type_sql.size() > from.size() && type_sql[from.size()] != '[' && type_sql[from.size()] != '(') return;
    type_sql = to + type_sql.substr(from.size());
}

// Every type text of the model that may name a renamed type.
void rename_type_references(Catalog& c, const QualifiedName& from, const QualifiedName& to) {
    std::string a = sql_qualified(from.schema, from.name), b = sql_qualified(to.schema, to.name);
    for (auto& [n, t] : c.tables)
        for (auto& col : t.columns) retarget(col.type, a, b);
    for (auto& [n, d] : c.domains) retarget(d.base_type, a, b);
    for (auto& [n, t] : c.composite_types)
        for (auto& attr : t.attributes) retarget(attr.type, a, b);
    for (auto& [n, r] : c.range_types) retarget(r.subtype, a, b);
    for (auto& [k, agg] : c.aggregates) {
        retarget(agg.state_type, a, b);
        retarget(agg.moving_state_type, a, b);
    }
}

template <class Map>
void rename_keyed(Map& map, const QualifiedName& from, const std::string& to) {
    auto node = map.extract(from);
    node.key().name = to;
    node.mapped().name.name = to;
    map.insert(std::move(node));
}

void rename_type(StatementContext& ctx, const ObjectKey& key, const std::string& to) {
    Catalog& c = ctx.catalog();
    QualifiedName from{key.schema, key.name}, target{key.schema, to};
    if (c.has_type(target) || c.has_relation(target)) throw StatementError("invalid", "type \"" + to + "\" already exists");
    if (c.enums.count(from)) rename_keyed(c.enums, from, to);
    else if (c.domains.count(from)) rename_keyed(c.domains, from, to);
    else if (c.composite_types.count(from)) rename_keyed(c.composite_types, from, to);
    else rename_keyed(c.range_types, from, to);
    rename_type_references(c, from, target);
}

void rename_attribute(StatementContext& ctx, const std::vector<std::string>& names, const std::string& from,
                      const std::string& to) {
    auto type = ctx.scope().resolve(names, [&](const QualifiedName& q) { return ctx.catalog().composite_types.count(q) > 0; });
    if (!type) throw StatementError("missing-object", "type \"" + names.back() + "\" does not exist");
    auto& attributes = ctx.catalog().composite_types.at(*type).attributes;
    auto named = [&](const std::string& n) {
        return std::find_if(attributes.begin(), attributes.end(), [&](const CompositeAttribute& a) { return a.name == n; });
    };
    if (named(to) != attributes.end()) throw StatementError("invalid", "column \"" + to + "\" already exists");
    auto it = named(from);
    if (it == attributes.end()) throw StatementError("missing-object", "column \"" + from + "\" does not exist");
    it->name = to;
}

void rename_domain_constraint(StatementContext& ctx, const std::vector<std::string>& names, const std::string& from,
                              const std::string& to) {
    Domain& d = existing_domain(ctx, names);
    auto named = [&](const std::string& n) {
        return std::find_if(d.constraints.begin(), d.constraints.end(), [&](const DomainConstraint& c) { return c.name == n; });
    };
    if (named(to) != d.constraints.end())
        throw StatementError("invalid", "constraint \"" + to + "\" for domain \"" + d.name.name + "\" already exists");
    auto it = named(from);
    if (it == d.constraints.end())
        throw StatementError("missing-object", "constraint \"" + from + "\" of domain \"" + d.name.name + "\" does not exist");
    DomainConstraint renamed = *it;
    renamed.name = to;
    d.constraints.erase(it);
    add_domain_constraint(d, renamed);
}

// Objects keyed by a plain name (event triggers, publications, wrappers, servers).
template <class Map>
void rename_by_name(Map& map, const std::string& from, const std::string& to, const char* what) {
    if (map.count(to)) throw StatementError("invalid", std::string(what) + " \"" + to + "\" already exists");
    auto node = map.extract(from);
    node.key() = to;
    node.mapped().name = to;
    map.insert(std::move(node));
}

void rename_server(Catalog& c, const std::string& from, const std::string& to) {
    rename_by_name(c.foreign_servers, from, to, "server");
    std::map<ObjectKey, UserMapping> mappings;
    for (auto& [k, m] : c.user_mappings) {
        if (m.server == from) m.server = to;
        mappings[user_mapping_key(m.user, m.server)] = m;
    }
    c.user_mappings = std::move(mappings);
    for (auto& [n, t] : c.tables)
        if (t.foreign && t.foreign->server == from) t.foreign->server = to;
}

}  // namespace

bool rename_named_object(StatementContext& ctx, const pgast::Node& body) {
    std::string type = pgast::get_string(body, "renameType");
    std::string to = pgast::get_string(body, "newname");
    std::string sub = pgast::get_string(body, "subname");
    const pgast::Node object = body.value("object", pgast::Node());
    Catalog& c = ctx.catalog();
    if (type == "OBJECT_TYPE" || type == "OBJECT_DOMAIN") {
        rename_type(ctx, lookup_object(ctx, type, statement_object_names(object)), to);
    } else if (type == "OBJECT_ATTRIBUTE") {
        rename_attribute(ctx, range_var_names(body.at("relation")), sub, to);
    } else if (type == "OBJECT_DOMCONSTRAINT") {
        rename_domain_constraint(ctx, statement_object_names(object), sub, to);
    } else if (type == "OBJECT_COLLATION") {
        ObjectKey key = lookup_object(ctx, type, statement_object_names(object));
        if (c.collations.count({key.schema, to})) throw StatementError("invalid", "collation \"" + to + "\" already exists");
        rename_keyed(c.collations, {key.schema, key.name}, to);
    } else if (type == "OBJECT_AGGREGATE") {
        ObjectKey key = lookup_object_node(ctx, type, object);
        ObjectKey target = function_key({key.schema, to}, key.sub);
        if (c.contains(target)) throw StatementError("invalid", "function " + to + "(" + key.sub + ") already exists");
        auto node = c.aggregates.extract(key);
        node.key() = target;
        node.mapped().name.name = to;
        c.aggregates.insert(std::move(node));
    } else if (type == "OBJECT_RULE") {
        auto table = ctx.existing_table(body.at("relation"));
        ObjectKey key = lookup_object(ctx, type, {table.schema, table.name, sub});
        if (c.rules.count(rule_key(table, to))) throw StatementError("invalid", "rule \"" + to + "\" already exists");
        auto node = c.rules.extract(key);
        node.key() = rule_key(table, to);
        node.mapped().name = to;
        c.rules.insert(std::move(node));
    } else if (type == "OBJECT_EVENT_TRIGGER" || type == "OBJECT_PUBLICATION" || type == "OBJECT_FDW" ||
               type == "OBJECT_FOREIGN_SERVER") {
        ObjectKey key = lookup_object(ctx, type, statement_object_names(object));
        if (type == "OBJECT_EVENT_TRIGGER") rename_by_name(c.event_triggers, key.name, to, "event trigger");
        else if (type == "OBJECT_PUBLICATION") rename_by_name(c.publications, key.name, to, "publication");
        else if (type == "OBJECT_FOREIGN_SERVER") rename_server(c, key.name, to);
        else {
            rename_by_name(c.foreign_data_wrappers, key.name, to, "foreign-data wrapper");
            for (auto& [n, s] : c.foreign_servers)
                if (s.wrapper == key.name) s.wrapper = to;
        }
    } else {
        return false;
    }
    return true;
}

void follow_table_rename(Catalog& c, const QualifiedName& from, const QualifiedName& to) {
    std::vector<Rule> moved;
    for (auto it = c.rules.begin(); it != c.rules.end();) {
        if (it->second.table != from) {
            ++it;
            continue;
        }
        moved.push_back(it->second);
        it = c.rules.erase(it);
    }
    for (auto& r : moved) {
        r.table = to;
        c.rules[rule_key(to, r.name)] = r;
    }
    for (auto& [n, p] : c.publications)
        for (auto& t : p.tables)
            if (t.table == from) t.table = to;
}

void follow_column_rename(Catalog& c, const QualifiedName& table, const std::string& from, const std::string& to) {
    for (auto& [n, p] : c.publications)
        for (auto& t : p.tables)
            if (t.table == table) std::replace(t.columns.begin(), t.columns.end(), from, to);
    Table& t = c.tables.at(table);
    if (t.foreign && t.foreign->column_options.count(from)) {
        auto node = t.foreign->column_options.extract(from);
        node.key() = to;
        t.foreign->column_options.insert(std::move(node));
    }
}

}  // namespace pgfleet
