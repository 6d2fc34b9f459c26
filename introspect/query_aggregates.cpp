#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// Aggregates, with everything CREATE AGGREGATE can say.
const char* const kAggregates = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'schema', n.nspname,
         'name', p.proname,
         'identity', (SELECT coalesce(string_agg(format_type(x.t, NULL), ', ' ORDER BY x.o), '')
                      FROM unnest(p.proargtypes) WITH ORDINALITY AS x(t, o)),
         'arguments', CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_arguments(p.oid) END,
         'kind', a.aggkind,
         'sfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggtransfn") R"SQL(,
         'stype', format_type(a.aggtranstype, NULL),
         'sspace', a.aggtransspace,
         'finalfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggfinalfn") R"SQL(,
         'finalfunc_extra', a.aggfinalextra,
         'finalfunc_modify', a.aggfinalmodify,
         'combinefunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggcombinefn") R"SQL(,
         'serialfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggserialfn") R"SQL(,
         'deserialfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggdeserialfn") R"SQL(,
         'initcond', a.agginitval,
         'msfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggmtransfn") R"SQL(,
         'minvfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggminvtransfn") R"SQL(,
         'mstype', CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END,
         'msspace', a.aggmtransspace,
         'mfinalfunc', )SQL" PGFLEET_ROUTINE_TEXT("a.aggmfinalfn") R"SQL(,
         'mfinalfunc_extra', a.aggmfinalextra,
         'mfinalfunc_modify', a.aggmfinalmodify,
         'minitcond', a.aggminitval,
         'sortop', (SELECT CASE WHEN opn.nspname = 'pg_catalog' THEN o.oprname
                                ELSE 'OPERATOR(' || quote_ident(opn.nspname) || '.' || o.oprname || ')' END
                    FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace WHERE o.oid = a.aggsortop),
         'parallel', p.proparallel,
         'owner', pg_get_userbyid(p.proowner),
         'comment', coalesce(obj_description(p.oid, 'pg_proc'), ''),
         'privileges', )SQL" PGFLEET_ACL("p.proacl", "f", "p.proowner") R"SQL()
       ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), '[]')
FROM pg_aggregate a
JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE )SQL" PGFLEET_USER_SCHEMA("n") " AND " PGFLEET_NOT_EXTENSION_MEMBER("pg_proc", "p.oid");

}  // namespace pgfleet::catalog_queries
