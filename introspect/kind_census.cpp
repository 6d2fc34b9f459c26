#include "introspect/kind_census.h"

#include <stdexcept>

#include "introspect/catalog_queries.h"
#include "introspect/server_ddl.h"

namespace pgfleet {
namespace {

// Each test admits at least every row its kind's query reads (schemas outside the user's
// excluded, extension members not), so "false" proves that query would return nothing.
#define PGFLEET_IN_USER_SCHEMA(table, alias, namespace_column, condition)                              \
    "EXISTS (SELECT 1 FROM " table " " alias " JOIN pg_namespace n ON n.oid = " alias "." namespace_column \
    " WHERE " condition " AND " PGFLEET_USER_SCHEMA("n") ")"

const char* const kCensus =
    "SELECT json_build_object("
    "'collations', " PGFLEET_IN_USER_SCHEMA("pg_collation", "c", "collnamespace", "true") ", "
    "'enums', " PGFLEET_IN_USER_SCHEMA("pg_type", "t", "typnamespace", "t.typtype = 'e'") ", "
    "'domains', " PGFLEET_IN_USER_SCHEMA("pg_type", "t", "typnamespace", "t.typtype = 'd'") ", "
    "'composite_types', " PGFLEET_IN_USER_SCHEMA(
        "pg_type", "t", "typnamespace",
        "t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')") ", "
    "'range_types', " PGFLEET_IN_USER_SCHEMA("pg_type", "t", "typnamespace", "t.typtype = 'r'") ", "
    "'routines', " PGFLEET_IN_USER_SCHEMA("pg_proc", "p", "pronamespace", "p.prokind <> 'a'") ", "
    "'aggregates', " PGFLEET_IN_USER_SCHEMA("pg_proc", "p", "pronamespace", "p.prokind = 'a'") ", "
    "'views', " PGFLEET_IN_USER_SCHEMA("pg_class", "c", "relnamespace", "c.relkind IN ('v', 'm')") ", "
    "'foreign_data', EXISTS (SELECT 1 FROM pg_foreign_data_wrapper), "
    "'foreign_tables', EXISTS (SELECT 1 FROM pg_foreign_table), "
    "'triggers', EXISTS (SELECT 1 FROM pg_trigger t WHERE NOT t.tgisinternal), "
    "'policies', EXISTS (SELECT 1 FROM pg_policy), "
    "'default_privileges', EXISTS (SELECT 1 FROM pg_default_acl), "
    "'rules', EXISTS (SELECT 1 FROM pg_rewrite r WHERE r.rulename <> '_RETURN'), "
    "'event_triggers', EXISTS (SELECT 1 FROM pg_event_trigger), "
    "'publications', EXISTS (SELECT 1 FROM pg_publication))";

#undef PGFLEET_IN_USER_SCHEMA

}  // namespace

KindCensus::KindCensus(Session& session) : present_(query_json(session, kCensus)) {}

nlohmann::json KindCensus::query(Session& session, const char* kind, const char* sql) const {
    if (!present_.empty()) {
        auto it = present_.find(kind);
        if (it == present_.end()) throw std::logic_error(std::string("no census of ") + kind);
        if (!it->get<bool>()) return nlohmann::json::array();
    }
    return query_json(session, sql);
}

}  // namespace pgfleet
