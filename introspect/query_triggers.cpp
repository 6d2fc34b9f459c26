#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// User triggers (not the internal ones behind foreign keys, not the copies partitions get
// from their parent), as pg_get_triggerdef prints them.
const char* const kTriggers = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', t.tgname,
         'definition', pg_get_triggerdef(t.oid),
         'enabled', t.tgenabled,
         'comment', coalesce(obj_description(t.oid, 'pg_trigger'), ''))
       ORDER BY n.nspname, c.relname, t.tgname), '[]')
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0
  AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

// Policies, rebuilt as CREATE POLICY text so expressions go through the shared normalizer.
const char* const kPolicies = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'table', c.relname,
         'name', p.polname,
         'definition', 'CREATE POLICY ' || quote_ident(p.polname) || ' ON ' || quote_ident(n.nspname) || '.' ||
             quote_ident(c.relname) || CASE WHEN p.polpermissive THEN ' AS PERMISSIVE' ELSE ' AS RESTRICTIVE' END ||
             ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                      WHEN 'd' THEN 'DELETE' ELSE 'ALL' END ||
             ' TO ' || (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END, ', ')
                        FROM unnest(p.polroles) r) ||
             coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '') ||
             coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', ''),
         'comment', coalesce(obj_description(p.oid, 'pg_policy'), ''))
       ORDER BY n.nspname, c.relname, p.polname), '[]')
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid");

}  // namespace pgfleet::catalog_queries
