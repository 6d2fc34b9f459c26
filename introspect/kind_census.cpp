#include "introspect/kind_census.h"

#include <stdexcept>

#include "introspect/server_ddl.h"

namespace pgfleet {
namespace {

// Each test admits at least every row its kind's query reads, so "false" proves that query
// would return nothing. Whatever is not built in has an oid from FirstNormalObjectId (16384)
// on, which the catalogs' oid indexes find at once.
#define PGFLEET_CREATED(table, condition) "EXISTS (SELECT 1 FROM " table " x WHERE x.oid >= 16384 AND " condition ")"

const char* const kCensus =
    "SELECT json_build_object("
    "'collations', " PGFLEET_CREATED("pg_collation", "true") ", "
    "'enums', " PGFLEET_CREATED("pg_type", "x.typtype = 'e'") ", "
    "'domains', " PGFLEET_CREATED("pg_type", "x.typtype = 'd'") ", "
    "'composite_types', " PGFLEET_CREATED("pg_class", "x.relkind = 'c'") ", "
    "'range_types', " PGFLEET_CREATED("pg_type", "x.typtype = 'r'") ", "
    "'routines', " PGFLEET_CREATED("pg_proc", "x.prokind <> 'a'") ", "
    "'aggregates', " PGFLEET_CREATED("pg_proc", "x.prokind = 'a'") ", "
    "'views', " PGFLEET_CREATED("pg_class", "x.relkind IN ('v', 'm')") ", "
    "'foreign_data', EXISTS (SELECT 1 FROM pg_foreign_data_wrapper), "
    "'foreign_tables', EXISTS (SELECT 1 FROM pg_foreign_table), "
    "'triggers', " PGFLEET_CREATED("pg_trigger", "NOT x.tgisinternal") ", "
    "'policies', EXISTS (SELECT 1 FROM pg_policy), "
    "'default_privileges', EXISTS (SELECT 1 FROM pg_default_acl), "
    "'rules', " PGFLEET_CREATED("pg_rewrite", "x.rulename <> '_RETURN'") ", "
    "'event_triggers', EXISTS (SELECT 1 FROM pg_event_trigger), "
    "'publications', EXISTS (SELECT 1 FROM pg_publication))";

#undef PGFLEET_CREATED

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
