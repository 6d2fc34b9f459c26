// CREATE TYPE ... AS (...) and ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE.
#include <algorithm>

#include "parser/domain_constraints.h"
#include "parser/handlers.h"
#include "parser/index_elements.h"
#include "parser/object_removal.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

CompositeAttribute build_attribute(StatementContext& ctx, const pgast::Node& def) {
    CompositeAttribute a;
    a.name = pgast::get_string(def, "colname");
    a.type = resolve_type(def.at("typeName"), ctx.scope(), ctx.location_base()).sql;
    if (def.contains("collClause")) {
        a.collation = collation_name(ctx, pgast::get_list(def["collClause"], "collname"));
        if (a.collation == inherited_collation(ctx.catalog(), a.type)) a.collation.clear();
    }
    if (!pgast::get_list(def, "constraints").empty())
        throw StatementError("invalid", "constraints are not allowed on attributes of a composite type",
                             ctx.offset_of(def));
    return a;
}

std::vector<CompositeAttribute>::iterator find_attribute(CompositeType& t, const std::string& name) {
    return std::find_if(t.attributes.begin(), t.attributes.end(),
                        [&](const CompositeAttribute& a) { return a.name == name; });
}

[[noreturn]] void missing_attribute(const CompositeType& t, const std::string& name) {
    throw StatementError("missing-object",
                         "column \"" + name + "\" of relation \"" + t.name.name + "\" does not exist");
}

void alter_attribute(StatementContext& ctx, CompositeType& t, const pgast::Node& cmd) {
    std::string subtype = pgast::get_string(cmd, "subtype");
    std::string name = pgast::get_string(cmd, "name");
    if (subtype == "AT_AddColumn") {
        CompositeAttribute a = build_attribute(ctx, cmd.at("def").at("ColumnDef"));
        if (find_attribute(t, a.name) != t.attributes.end())
            throw StatementError("invalid", "column \"" + a.name + "\" of relation \"" + t.name.name +
                                                "\" already exists");
        t.attributes.push_back(a);
    } else if (subtype == "AT_DropColumn") {
        auto it = find_attribute(t, name);
        if (it != t.attributes.end()) t.attributes.erase(it);
        else if (!pgast::get_bool(cmd, "missing_ok")) missing_attribute(t, name);
    } else if (subtype == "AT_AlterColumnType") {
        auto it = find_attribute(t, name);
        if (it == t.attributes.end()) missing_attribute(t, name);
        CompositeAttribute changed = build_attribute(ctx, cmd.at("def").at("ColumnDef"));
        it->type = changed.type;
        it->collation = changed.collation;
    } else if (subtype == "AT_ChangeOwner") {
        t.owner = pgast::get_string(cmd.value("newowner", pgast::Node::object()), "rolename");
        drop_grants_to_new_owner(t.privileges, t.owner);
    } else {
        throw StatementError("unsupported", "ALTER TYPE " + subtype.substr(3) + " is not supported on composite types");
    }
}

// Typed tables take their type's new attributes along, but only when the statement says
// CASCADE, as PostgreSQL requires.
void follow_type_in_typed_tables(StatementContext& ctx, const CompositeType& before, const CompositeType& after,
                                 const pgast::Node& body) {
    Catalog& c = ctx.catalog();
    std::vector<QualifiedName> typed;
    for (const auto& [n, table] : c.tables)
        if (table.of_type == before.name) typed.push_back(n);
    if (typed.empty() || before.attributes == after.attributes) return;
    bool cascade = false;
    for (const auto& item : pgast::get_list(body, "cmds"))
        cascade |= pgast::get_string(pgast::node_body(item), "behavior") == "DROP_CASCADE";
    if (!cascade)
        throw StatementError("invalid", "cannot alter type \"" + before.name.name + "\" because it is the type of a typed table "
                                        "(use ALTER ... CASCADE to alter the typed tables too)");
    for (const auto& n : typed) {
        for (const auto& old : before.attributes)
            if (std::none_of(after.attributes.begin(), after.attributes.end(),
                             [&](const CompositeAttribute& a) { return a.name == old.name; }))
                remove_column(c, n, old.name, DropBehavior::Cascade);
        Table& table = c.tables.at(n);
        for (const auto& a : after.attributes) {
            if (Column* col = table.find_column(a.name)) {
                if (col->type != a.type || col->collation != a.collation) {
                    col->type = a.type;
                    col->collation = a.collation;
                    col->storage.clear();
                    col->compression.clear();
                }
            } else {
                table.columns.push_back(Column{.name = a.name, .type = a.type, .collation = a.collation});
            }
        }
    }
}

}  // namespace

void handle_create_composite_type(StatementContext& ctx, const pgast::Node& body) {
    QualifiedName name = ctx.new_name(body.at("typevar"));
    if (ctx.catalog().has_type(name) || ctx.catalog().has_relation(name))
        throw StatementError("invalid", "type \"" + name.name + "\" already exists", ctx.offset_of(body["typevar"]));
    CompositeType t;
    t.name = name;
    for (const auto& item : pgast::get_list(body, "coldeflist")) {
        CompositeAttribute a = build_attribute(ctx, item.at("ColumnDef"));
        if (find_attribute(t, a.name) != t.attributes.end())
            throw StatementError("invalid", "column \"" + a.name + "\" specified more than once",
                                 ctx.offset_of(item["ColumnDef"]));
        t.attributes.push_back(a);
    }
    t.privileges = default_public_privileges("type");
    ctx.catalog().composite_types[name] = t;
    ctx.define(type_key(name));
}

void handle_alter_composite_type(StatementContext& ctx, const pgast::Node& body) {
    auto names = range_var_names(body.at("relation"));
    auto found = ctx.scope().resolve(names, [&](const QualifiedName& n) { return ctx.catalog().composite_types.count(n) > 0; });
    if (!found) throw StatementError("missing-object", "type \"" + names.back() + "\" does not exist",
                                     ctx.offset_of(body["relation"]));
    // All subcommands are checked on a copy first, so a failing one changes nothing.
    CompositeType t = ctx.catalog().composite_types.at(*found);
    for (const auto& item : pgast::get_list(body, "cmds")) alter_attribute(ctx, t, pgast::node_body(item));
    follow_type_in_typed_tables(ctx, ctx.catalog().composite_types.at(*found), t, body);
    ctx.catalog().composite_types[*found] = t;
}

}  // namespace pgfleet
