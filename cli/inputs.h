#pragma once
// Loading what commands compare: the desired state and the current database or snapshot.
#include <string>
#include <vector>

#include "catalog/snapshot.h"
#include "introspect/session.h"
#include "parser/parser_state.h"

namespace pgfleet {

// A user-input problem already reported on stderr; the command exits with status 1.
struct ReportedError : std::runtime_error {
    ReportedError() : std::runtime_error("reported") {}
};

// Parses the desired state, prints every diagnostic, and throws ReportedError on errors.
// Files with DO blocks are elaborated on a local throwaway PostgreSQL (introspect/elaborate.h), with
// `settings` ("name=value") set for the session that loads them.
ParserState load_desired_or_report(const std::string& path, const std::vector<std::string>& settings = {});

// The current state: a snapshot file when given, else the live database.
Snapshot load_current(const std::string& db, const std::string& snapshot_path);

// A located warning on stderr for each role the desired state names that the database's
// cluster does not have (nothing when the roles are unknown: a snapshot file).
void warn_missing_roles(const Snapshot& current, const ParserState& desired);

// A located error for each extension the desired state names at a version the server cannot
// update the installed one to (a downgrade); throws ReportedError when there is one. Reads the
// server only when some version differs (`db` empty: a snapshot, not checked).
void refuse_unreachable_extension_versions(const std::string& db, const Snapshot& current, const ParserState& desired);
void refuse_unreachable_extension_versions(Session& session, const Snapshot& current, const ParserState& desired);

// A located error for each column type change PostgreSQL has no cast for; throws
// ReportedError when there is one.
void refuse_uncastable_type_changes(const Snapshot& current, const ParserState& desired);

}  // namespace pgfleet
