#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Wrappers an extension created (postgres_fdw, file_fdw) belong to the extension.
const char* const kForeignDataWrappers = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'name', w.fdwname,
         'handler', )SQL" PGFLEET_ROUTINE_TEXT("w.fdwhandler") R"SQL(,
         'validator', )SQL" PGFLEET_ROUTINE_TEXT("w.fdwvalidator") R"SQL(,
         'options', coalesce(w.fdwoptions, '{}'),
         'owner', pg_get_userbyid(w.fdwowner),
         'comment', coalesce(obj_description(w.oid, 'pg_foreign_data_wrapper'), ''),
         'privileges', )SQL" PGFLEET_ACL("w.fdwacl", "F", "w.fdwowner") R"SQL()
       ORDER BY w.fdwname), '[]')
FROM pg_foreign_data_wrapper w
WHERE )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_foreign_data_wrapper", "w.oid");

const char* const kForeignServers = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'name', s.srvname,
         'wrapper', w.fdwname,
         'type', coalesce(s.srvtype, ''),
         'version', coalesce(s.srvversion, ''),
         'options', coalesce(s.srvoptions, '{}'),
         'owner', pg_get_userbyid(s.srvowner),
         'comment', coalesce(obj_description(s.oid, 'pg_foreign_server'), ''),
         'privileges', )SQL" PGFLEET_ACL("s.srvacl", "S", "s.srvowner") R"SQL()
       ORDER BY s.srvname), '[]')
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_foreign_server", "s.oid");

// pg_user_mappings shows options only to the mapped user, the server's owner and superusers.
const char* const kUserMappings = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'user', CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename END,
         'server', m.srvname,
         'options', coalesce(m.umoptions, '{}'))
       ORDER BY m.srvname, m.usename), '[]')
FROM pg_user_mappings m
)SQL";

const char* const kForeignTables = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'server', s.srvname,
         'options', coalesce(ft.ftoptions, '{}'),
         'column_options', (SELECT coalesce(json_object_agg(a.attname, a.attfdwoptions ORDER BY a.attnum), '{}')
                            FROM pg_attribute a
                            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                              AND a.attfdwoptions IS NOT NULL))
       ORDER BY n.nspname, c.relname), '[]')
FROM pg_foreign_table ft
JOIN pg_class c ON c.oid = ft.ftrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_foreign_server s ON s.oid = ft.ftserver
WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

}  // namespace pgfleet::catalog_queries
