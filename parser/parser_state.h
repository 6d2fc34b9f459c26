#pragma once
// What interpreting desired-state statements builds up: the catalog, the session's
// search_path, diagnostics, and where each object was defined.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "parser/diagnostic.h"

namespace pgfleet {

// A `-- pgfleet:...` comment (text after "pgfleet:") and the statement it annotates, from
// its first token to its end; statement_begin.path is empty when it annotates none.
struct SourceDirective {
    std::string text;
    SourceLocation location;
    std::string source_line;
    SourceLocation statement_begin, statement_end;
};

// An object a statement creates that the model does not represent (CREATE OPERATOR ...):
// never planned, but lint looks at it.
struct IgnoredObject {
    UnmodeledObject object;
    SourceLocation location;
};

struct ParserState {
    Catalog catalog;
    std::vector<std::string> search_path{"public"};
    // Session settings the files SET, as proconfig spells them ("work_mem=64MB"): what a
    // routine's SET ... FROM CURRENT captures.
    std::map<std::string, std::string> settings;
    std::vector<Diagnostic> diagnostics;
    std::map<ObjectKey, SourceLocation> locations;
    // Where a setting of an object was last changed, when that is not where the object was
    // defined: "row_security", "force_row_security", "grant:<grantee>".
    std::map<std::pair<ObjectKey, std::string>, SourceLocation> setting_locations;
    std::vector<SourceDirective> directives;
    // DO blocks: code only a server can run. Their files are elaborated on a local throwaway
    // PostgreSQL before planning (see introspect/elaborate.h); the parsed catalog lacks what they do.
    std::vector<SourceLocation> do_blocks;
    std::vector<IgnoredObject> ignored_objects;
    // (parent index, partition) -> the name of the partition's index attached as its copy:
    // the model keeps only the parent's, but a DETACH gives the copy back under this name.
    std::map<std::pair<QualifiedName, QualifiedName>, std::string> attached_index_names;
    // Secret placeholders (:'pgfleet_secret_...') an OPTIONS clause took, by name; any other
    // is an error (parser/secret_placeholders.h).
    std::set<std::string> used_placeholders;
    // The statements are the server's printing of a catalog (see NameScope::server_printed).
    bool server_printed = false;
};

// The catalog of an empty PostgreSQL 15 database: just the public schema.
Catalog empty_database_catalog();

}  // namespace pgfleet
