#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Everything the catalog holds that the model does not represent, so it can be reported.
const char* const kUnmodeled = R"SQL(
WITH objects(kind, name) AS (
  SELECT CASE c.relkind WHEN 'f' THEN 'foreign table' ELSE 'composite type' END,
         quote_ident(n.nspname) || '.' || quote_ident(c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('f', 'c')
    AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'aggregate',
         quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind = 'a' AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_proc", "p.oid") R"SQL(
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' WHEN 'm' THEN 'multirange type' ELSE 'type' END,
         quote_ident(n.nspname) || '.' || quote_ident(t.typname)
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('d', 'r') AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_type", "t.oid") R"SQL(
  UNION ALL
  SELECT 'rule', quote_ident(r.rulename) || ' on ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN' AND )SQL" PGFLEET_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'collation', quote_ident(n.nspname) || '.' || quote_ident(c.collname)
  FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_collation", "c.oid") R"SQL(
  UNION ALL
  SELECT 'event trigger', quote_ident(evtname) FROM pg_event_trigger
  UNION ALL
  SELECT 'publication', quote_ident(pubname) FROM pg_publication
  UNION ALL
  SELECT 'subscription', quote_ident(subname) FROM pg_subscription
  WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'foreign data wrapper', quote_ident(fdwname) FROM pg_foreign_data_wrapper w
  WHERE )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_foreign_data_wrapper", "w.oid") R"SQL(
  UNION ALL
  SELECT 'server', quote_ident(srvname) FROM pg_foreign_server
  UNION ALL
  SELECT 'statistics', quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
  FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
  UNION ALL
  SELECT 'operator', quote_ident(n.nspname) || '.' || o.oprname
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_operator", "o.oid") R"SQL(
)
SELECT coalesce(json_agg(json_build_object('kind', kind, 'name', name) ORDER BY kind, name), '[]') FROM objects
)SQL";

}  // namespace pgfleet::catalog_queries
