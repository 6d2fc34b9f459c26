#include "introspect/catalog_queries.h"

namespace pgfleet::catalog_queries {

// pg_default_acl entries, without the creating role's own rights.
const char* const kDefaultPrivileges = R"SQL(
SELECT coalesce(json_agg(json_build_object(
         'role', pg_get_userbyid(d.defaclrole),
         'schema', coalesce(n.nspname, ''),
         'object_type', CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'
                          WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' ELSE 'schemas' END,
         'grants', (SELECT coalesce(json_agg(json_build_object('grantee', CASE WHEN x.grantee = 0 THEN 'PUBLIC'
                              ELSE pg_get_userbyid(x.grantee) END, 'privilege', x.privilege_type,
                              'grant_option', x.is_grantable)), '[]')
                    FROM aclexplode(d.defaclacl) x WHERE x.grantee <> d.defaclrole))
       ORDER BY 1), '[]')
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
)SQL";

}  // namespace pgfleet::catalog_queries
