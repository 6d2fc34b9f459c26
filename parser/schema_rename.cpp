#include "parser/schema_rename.h"

#include "parser/object_rename.h"
#include "parser/relation_moves.h"
#include "parser/routine_moves.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

template <class Map>
std::vector<QualifiedName> names_in(const Map& map, const std::string& schema) {
    std::vector<QualifiedName> out;
    for (const auto& [n, v] : map)
        if (n.schema == schema) out.push_back(n);
    return out;
}

template <class Map>
std::vector<ObjectKey> keys_in(const Map& map, const std::string& schema) {
    std::vector<ObjectKey> out;
    for (const auto& [k, v] : map)
        if (k.schema == schema) out.push_back(k);
    return out;
}

}  // namespace

void rename_schema(StatementContext& ctx, const std::string& from, const std::string& to) {
    Catalog& c = ctx.catalog();
    if (!c.schemas.count(from)) throw StatementError("missing-object", "schema \"" + from + "\" does not exist");
    if (c.schemas.count(to)) throw StatementError("invalid", "schema \"" + to + "\" already exists");
    Schema s = c.schemas.at(from);
    s.name = to;
    c.schemas[to] = s;
    // Types first: tables, views and routines use them. A table takes its indexes and owned
    // sequences along; other sequences and indexes of views move on their own.
    for (const auto& n : names_in(c.enums, from)) move_type(c, n, {to, n.name});
    for (const auto& n : names_in(c.domains, from)) move_type(c, n, {to, n.name});
    for (const auto& n : names_in(c.range_types, from)) move_type(c, n, {to, n.name});
    for (const auto& n : names_in(c.composite_types, from)) move_type(c, n, {to, n.name});
    for (const auto& n : names_in(c.collations, from)) move_collation(c, n, {to, n.name});
    for (const auto& n : names_in(c.tables, from)) move_relation(ctx, n, {to, n.name});
    for (const auto& n : names_in(c.sequences, from)) move_relation(ctx, n, {to, n.name});
    for (const auto& n : names_in(c.views, from)) move_relation(ctx, n, {to, n.name});
    for (const auto& k : keys_in(c.functions, from)) move_routine(ctx, k, {to, k.name});
    for (const auto& k : keys_in(c.aggregates, from)) move_aggregate(c, k, {to, k.name});
    for (auto& [name, e] : c.extensions)
        if (e.schema == from) e.schema = to;
    for (auto& [name, p] : c.publications)
        for (auto& schema : p.schemas)
            if (schema == from) schema = to;
    std::map<ObjectKey, DefaultPrivilege> defaults;
    for (auto& [k, dp] : c.default_privileges) {
        if (dp.schema == from) dp.schema = to;
        defaults[default_privilege_key(dp.role, dp.schema, dp.object_type)] = dp;
    }
    c.default_privileges = std::move(defaults);
    // search_path names schemas by name, as PostgreSQL's does: it is left as it is.
    c.schemas.erase(from);
}

}  // namespace pgfleet
