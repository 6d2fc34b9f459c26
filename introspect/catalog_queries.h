#pragma once
// The catalog queries, one per object kind. Each returns a single JSON array so a whole
// database is read in a fixed number of round trips, whatever its size.
namespace pgfleet::catalog_queries {

// Conditions shared by the queries: user schemas only, and no object owned by an extension.
#define PGFLEET_USER_SCHEMA(nsp) \
    "(" nsp ".nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND " nsp ".nspname !~ '^pg_(toast_)?temp_')"
#define PGFLEET_NOT_EXTENSION_MEMBER(catalog, oid)                                                      \
    "NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '" catalog "'::regclass AND ext.objid = " oid \
    " AND ext.deptype = 'e')"

extern const char* const kSchemas;
extern const char* const kExtensions;
extern const char* const kEnums;
extern const char* const kSequences;
extern const char* const kTables;
extern const char* const kConstraints;
extern const char* const kIndexes;
extern const char* const kUnmodeled;

}  // namespace pgfleet::catalog_queries
