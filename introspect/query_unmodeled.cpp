#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Everything the catalog holds that the model does not represent, so it can be reported.
const char* const kUnmodeled = R"SQL(
WITH objects(kind, name) AS (
  SELECT 'subscription', quote_ident(subname) FROM pg_subscription
  WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'statistics', quote_ident(n.nspname) || '.' || quote_ident(s.stxname)
  FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
  UNION ALL
  SELECT 'operator', quote_ident(n.nspname) || '.' || o.oprname
  FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_operator", "o.oid") R"SQL(
  UNION ALL
  SELECT 'operator class', quote_ident(n.nspname) || '.' || quote_ident(x.opcname)
  FROM pg_opclass x JOIN pg_namespace n ON n.oid = x.opcnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_opclass", "x.oid") R"SQL(
  UNION ALL
  SELECT 'operator family', quote_ident(n.nspname) || '.' || quote_ident(x.opfname)
  FROM pg_opfamily x JOIN pg_namespace n ON n.oid = x.opfnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_opfamily", "x.oid") R"SQL(
  UNION ALL
  SELECT 'text search configuration', quote_ident(n.nspname) || '.' || quote_ident(x.cfgname)
  FROM pg_ts_config x JOIN pg_namespace n ON n.oid = x.cfgnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_ts_config", "x.oid") R"SQL(
  UNION ALL
  SELECT 'text search dictionary', quote_ident(n.nspname) || '.' || quote_ident(x.dictname)
  FROM pg_ts_dict x JOIN pg_namespace n ON n.oid = x.dictnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_ts_dict", "x.oid") R"SQL(
  UNION ALL
  SELECT 'text search parser', quote_ident(n.nspname) || '.' || quote_ident(x.prsname)
  FROM pg_ts_parser x JOIN pg_namespace n ON n.oid = x.prsnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_ts_parser", "x.oid") R"SQL(
  UNION ALL
  SELECT 'text search template', quote_ident(n.nspname) || '.' || quote_ident(x.tmplname)
  FROM pg_ts_template x JOIN pg_namespace n ON n.oid = x.tmplnamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_ts_template", "x.oid") R"SQL(
  UNION ALL
  SELECT 'conversion', quote_ident(n.nspname) || '.' || quote_ident(x.conname)
  FROM pg_conversion x JOIN pg_namespace n ON n.oid = x.connamespace
  WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_conversion", "x.oid") R"SQL(
  UNION ALL
  -- Built-in objects have OIDs below 16384 (FirstNormalObjectId).
  SELECT 'cast', format('(%s AS %s)', x.castsource::regtype, x.casttarget::regtype)
  FROM pg_cast x WHERE x.oid >= 16384 AND )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_cast", "x.oid") R"SQL(
  UNION ALL
  SELECT 'language', quote_ident(x.lanname)
  FROM pg_language x WHERE x.oid >= 16384 AND )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_language", "x.oid") R"SQL(
  UNION ALL
  SELECT 'access method', quote_ident(x.amname)
  FROM pg_am x WHERE x.oid >= 16384 AND )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_am", "x.oid") R"SQL(
  UNION ALL
  SELECT 'transform', format('FOR %s LANGUAGE %s', x.trftype::regtype, l.lanname)
  FROM pg_transform x JOIN pg_language l ON l.oid = x.trflang
  WHERE )SQL" PGFLEET_NOT_EXTENSION_MEMBER("pg_transform", "x.oid") R"SQL(
  UNION ALL
  -- The model plans heap tables in the default tablespace; anything else is said.
  SELECT CASE WHEN c.reltablespace <> 0 THEN 'table in tablespace ' || quote_ident(t.spcname)
              ELSE 'table using access method ' || quote_ident(a.amname) END,
         quote_ident(n.nspname) || '.' || quote_ident(c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_am a ON a.oid = c.relam
  LEFT JOIN pg_tablespace t ON t.oid = c.reltablespace
  WHERE c.relkind IN ('r', 'm') AND (c.reltablespace <> 0 OR a.amname <> 'heap')
    AND )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_class", "c.oid") R"SQL(
  {{unmodeled_by_major}}
)
SELECT coalesce(json_agg(json_build_object('kind', kind, 'name', name) ORDER BY kind, name), '[]') FROM objects
)SQL";

}  // namespace pgfleet::catalog_queries
