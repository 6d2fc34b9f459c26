#pragma once
// SQL text for object definitions, shared by the per-kind generators. All names and
// literals go through the quoting helpers.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet::ddl {

std::string name(const QualifiedName& n);

// "email character varying(80) COLLATE ... DEFAULT ... NOT NULL" (identity, generated included).
std::string column_definition(const Column& column);

// "PRIMARY KEY (id)", "CHECK (...)", "FOREIGN KEY (a) REFERENCES s.t(b) ON DELETE CASCADE", ...
std::string constraint_definition(const Constraint& constraint);

// "CREATE UNIQUE INDEX name ON s.t USING btree (a, lower(b)) INCLUDE (c) WHERE (...)".
std::string create_index(const Index& index, bool concurrently = false);

// A name for a helper object the plan creates and removes again (an index built beside the
// one it replaces, a check that proves NOT NULL): base + suffix, cut to 63 bytes.
std::string helper_name(const std::string& base, const std::string& suffix);

// One index key: "(lower(email)) COLLATE \"C\" text_pattern_ops DESC NULLS LAST".
std::string index_element(const IndexElement& element);

// Sequence parameters that differ from PostgreSQL's defaults for the type: " AS integer START WITH 5".
// Identity columns take their type from the column, so `with_type` is false for them.
std::string sequence_clauses(const SequenceOptions& options, bool with_type = true);

// How SQL names an object after COMMENT ON / ALTER ... OWNER TO / DROP:
// "TABLE s.t", "COLUMN s.t.c", "MATERIALIZED VIEW s.v", "FUNCTION s.f(integer)", "DOMAIN s.d".
// The catalog tells kinds that share a key apart (view or materialized view, type kinds,
// function, procedure or aggregate).
std::string object_reference(const Catalog& catalog, const ObjectKey& key);

// True for a type of the schema's own (an enum, domain, composite, range, or an array of one):
// canonical type names are qualified only then.
bool user_defined_type(const std::string& type);

// A column's value in its new type, as ALTER COLUMN ... TYPE ... USING and a rebuild's copy
// write it: "c::bigint"; between user-defined types (enums, domains) there is no cast, so
// the value goes through text ("c::text::public.mood").
std::string converted_value(const std::string& column, const std::string& from_type, const std::string& to_type);

// "ALTER TABLE s.t" or "ALTER FOREIGN TABLE s.t", as the table's kind needs.
std::string alter_relation(const Catalog& catalog, const QualifiedName& table);

// COMMENT ON <object> IS '...' (or IS NULL for an empty comment).
std::string comment_statement(const Catalog& catalog, const ObjectKey& key, const std::string& comment);

}  // namespace pgfleet::ddl
