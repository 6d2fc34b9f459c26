#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

const char* const kEventTriggers = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'name', e.evtname,
         'event', e.evtevent,
         'tags', coalesce(e.evttags, '{}'),
         'function', )SQL" PGFLEET_ROUTINE_TEXT("e.evtfoid") R"SQL(,
         'enabled', e.evtenabled,
         'owner', pg_get_userbyid(e.evtowner),
         'comment', coalesce(obj_description(e.oid, 'pg_event_trigger'), ''))
       ORDER BY e.evtname), '[]')
FROM pg_event_trigger e
WHERE )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_event_trigger", "e.oid");

}  // namespace pgfleet::catalog_queries
