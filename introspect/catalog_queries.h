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

// Privileges as a JSON array of {grantee, privilege, grant_option}, the owner's own rights
// left out; `kind` is acldefault's letter (r table, s sequence, f function, n schema, T type,
// F foreign data wrapper, S server) and a NULL ACL means that default.
#define PGFLEET_ACL(acl, kind, owner)                                                                         \
    "(SELECT coalesce(json_agg(json_build_object('grantee', CASE WHEN x.grantee = 0 THEN 'PUBLIC' "             \
    "ELSE pg_get_userbyid(x.grantee) END, 'privilege', x.privilege_type, 'grant_option', x.is_grantable)), '[]') " \
    "FROM aclexplode(coalesce(" acl ", acldefault('" kind "', " owner "))) x WHERE x.grantee <> " owner ")"

// The name of a routine by oid: bare when built in, qualified otherwise (see
// catalog/routine_ref.h); NULL for oid 0.
#define PGFLEET_ROUTINE_TEXT(oid)                                                                      \
    "(SELECT CASE WHEN pn.nspname = 'pg_catalog' THEN quote_ident(p.proname) ELSE quote_ident(pn.nspname) " \
    "|| '.' || quote_ident(p.proname) END FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace "   \
    "WHERE p.oid = " oid ")"

extern const char* const kSchemas;
extern const char* const kRelationSizes;
extern const char* const kRelationSizesFromStatistics;
extern const char* const kExtensions;
extern const char* const kEnums;
extern const char* const kSequences;
extern const char* const kTables;
extern const char* const kConstraints;
extern const char* const kIndexes;
extern const char* const kFunctions;
extern const char* const kViews;
extern const char* const kTriggers;
extern const char* const kPolicies;
extern const char* const kDefaultPrivileges;
extern const char* const kUnmodeled;
extern const char* const kRoles;
extern const char* const kCollations;
extern const char* const kDomains;
extern const char* const kCompositeTypes;
extern const char* const kRangeTypes;
extern const char* const kAggregates;
extern const char* const kRules;
extern const char* const kEventTriggers;
extern const char* const kPublications;
extern const char* const kForeignDataWrappers;
extern const char* const kForeignServers;
extern const char* const kUserMappings;
extern const char* const kForeignTables;

}  // namespace pgfleet::catalog_queries
