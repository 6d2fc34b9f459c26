#include "parser/object_rename.h"

#include <algorithm>

#include "catalog/sql_name.h"
#include "parser/domain_constraints.h"
#include "parser/object_lookup.h"
#include "parser/relation_moves.h"
#include "parser/routine_moves.h"
#include "parser/rule_definition.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// "public.old[]" -> "public.new[]" when the type text names `from`.
void retarget(std::string& type_sql, const std::string& from, const std::string& to) {
    if (type_sql.compare(0, from.size(), from) != 0) return;
    if (type_sql.size() > from.size() && type_sql[from.size()] != '[' && type_sql[from.size()] != '(') return;
    type_sql = to + type_sql.substr(from.size());
}

}  // namespace

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


// Renames a type of any kind, or moves it to another schema.
void move_type(Catalog& c, const QualifiedName& from, const QualifiedName& target) {
    // A composite type is a relation too; other types only need a free type name.
    if (c.type_name_taken(target) || (c.composite_types.count(from) && c.has_relation(target)))
        throw StatementError("invalid", "type \"" + target.name + "\" already exists");
    if (c.enums.count(from)) move_keyed(c.enums, from, target);
    else if (c.domains.count(from)) move_keyed(c.domains, from, target);
    else if (c.composite_types.count(from)) move_keyed(c.composite_types, from, target);
    else move_keyed(c.range_types, from, target);
    rename_type_references(c, from, target);
}

static void rename_type(StatementContext& ctx, const ObjectKey& key, const std::string& to) {
    move_type(ctx.catalog(), {key.schema, key.name}, {key.schema, to});
}

// Every collation text of the model that may name a renamed collation.
void move_collation(Catalog& c, const QualifiedName& from, const QualifiedName& target) {
    if (c.collations.count(target)) throw StatementError("invalid", "collation \"" + target.name + "\" already exists");
    move_keyed(c.collations, from, target);
    std::string a = sql_qualified(from.schema, from.name), b = sql_qualified(target.schema, target.name);
    auto follow = [&](std::string& collation) {
        if (collation == a) collation = b;
    };
    for (auto& [n, t] : c.tables)
        for (auto& col : t.columns) follow(col.collation);
    for (auto& [n, d] : c.domains) follow(d.collation);
    for (auto& [n, t] : c.composite_types)
        for (auto& attr : t.attributes) follow(attr.collation);
    for (auto& [n, r] : c.range_types) follow(r.collation);
    for (auto& [n, idx] : c.indexes)
        for (auto& el : idx.elements) follow(el.collation);
}

void move_aggregate(Catalog& c, const ObjectKey& key, const QualifiedName& target) {
    ObjectKey moved = function_key(target, key.sub);
    if (c.contains(moved)) throw StatementError("invalid", "function " + target.name + "(" + key.sub + ") already exists");
    auto node = c.aggregates.extract(key);
    node.key() = moved;
    node.mapped().name = target;
    c.aggregates.insert(std::move(node));
}

namespace {

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
        move_collation(c, {key.schema, key.name}, {key.schema, to});
    } else if (type == "OBJECT_AGGREGATE") {
        ObjectKey key = lookup_object_node(ctx, type, object);
        move_aggregate(c, key, {key.schema, to});
    } else if (type == "OBJECT_RULE") {
        auto table = ctx.existing_table(body.at("relation"));
        ObjectKey key = lookup_object(ctx, type, {table.schema, table.name, sub});
        if (c.rules.count(rule_key(table, to))) throw StatementError("invalid", "rule \"" + to + "\" already exists");
        auto node = c.rules.extract(key);
        node.key() = rule_key(table, to);
        node.mapped().name = to;
        node.mapped().definition = renamed_rule_definition(c, node.mapped().definition, to, table, table);
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

bool move_named_object(StatementContext& ctx, const pgast::Node& body) {
    std::string type = pgast::get_string(body, "objectType");
    std::string schema = pgast::get_string(body, "newschema");
    Catalog& c = ctx.catalog();
    const pgast::Node object = body.value("object", pgast::Node());
    auto check_schema = [&] {
        if (!c.schemas.count(schema)) throw StatementError("missing-object", "schema \"" + schema + "\" does not exist");
    };
    if (type == "OBJECT_TYPE" || type == "OBJECT_DOMAIN") {
        ObjectKey key = lookup_object(ctx, type, statement_object_names(object));
        check_schema();
        if (key.schema != schema) move_type(c, {key.schema, key.name}, {schema, key.name});
    } else if (type == "OBJECT_COLLATION") {
        ObjectKey key = lookup_object(ctx, type, statement_object_names(object));
        check_schema();
        if (key.schema != schema) move_collation(c, {key.schema, key.name}, {schema, key.name});
    } else if (type == "OBJECT_AGGREGATE") {
        ObjectKey key = lookup_object_node(ctx, type, object);
        check_schema();
        if (key.schema != schema) move_aggregate(c, key, {schema, key.name});
    } else if (type == "OBJECT_TABLE" || type == "OBJECT_FOREIGN_TABLE" || type == "OBJECT_VIEW" ||
               type == "OBJECT_MATVIEW" || type == "OBJECT_SEQUENCE") {
        auto names = range_var_names(body.at("relation"));
        auto rel = ctx.scope().find_relation(names);
        if (!rel || !(c.tables.count(*rel) || c.views.count(*rel) || c.sequences.count(*rel))) {
            if (pgast::get_bool(body, "missing_ok")) return true;
            throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist");
        }
        check_schema();
        move_relation(ctx, *rel, {schema, rel->name});
    } else if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE") {
        ObjectKey key = lookup_object_node(ctx, type, object);
        check_schema();
        move_routine(ctx, key, {schema, key.name});
    } else {
        return false;
    }
    return true;
}

void follow_table_rename(Catalog& c, const QualifiedName& from, const QualifiedName& to) {
    // Rules on the table, and rules elsewhere that name it in their actions.
    std::vector<Rule> rules;
    for (auto it = c.rules.begin(); it != c.rules.end();) {
        const auto& refs = it->second.definition.refs;
        if (it->second.table != from && std::find(refs.begin(), refs.end(), table_key(from)) == refs.end()) {
            ++it;
            continue;
        }
        rules.push_back(it->second);
        it = c.rules.erase(it);
    }
    for (auto& r : rules) {
        if (r.table == from) r.table = to;
        r.definition = renamed_rule_definition(c, r.definition, r.name, from, to);
        c.rules[rule_key(r.table, r.name)] = r;
    }
    std::vector<Trigger> triggers;
    for (auto it = c.triggers.begin(); it != c.triggers.end();) {
        if (it->second.table != from) {
            ++it;
            continue;
        }
        triggers.push_back(it->second);
        it = c.triggers.erase(it);
    }
    for (auto& t : triggers) {
        t.table = to;
        c.triggers[trigger_key(to, t.name)] = t;
    }
    std::vector<Policy> policies;
    for (auto it = c.policies.begin(); it != c.policies.end();) {
        if (it->second.table != from) {
            ++it;
            continue;
        }
        policies.push_back(it->second);
        it = c.policies.erase(it);
    }
    for (auto& p : policies) {
        p.table = to;
        c.policies[policy_key(to, p.name)] = p;
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
