#pragma once
// Loading the desired-state files into a throwaway local PostgreSQL (check --verify, and the
// elaboration of files with DO blocks) and reading back what PostgreSQL made of them.
#include <optional>
#include <string>
#include <vector>

#include "catalog/snapshot.h"
#include "introspect/scratch_server.h"

namespace pgfleet {

// Runs every file of `schema` (in path order) with psql in a fresh database of `server`.
// Roles the files name exist on the user's servers, not on a fresh one: each missing role is
// created once, as PostgreSQL names it, until the files load. `settings` ("name=value", as a
// schema's triggers read with current_setting) are set on the database before loading.
// Throws with psql's output when PostgreSQL rejects the files.
Snapshot load_into_scratch(const ScratchServer& server, const std::string& schema,
                           const std::vector<std::string>& settings = {});

// The role a server's error says does not exist ("role \"x\" does not exist"), if that is the
// error: a scratch server lacks the roles of the user's cluster, and makes them on demand.
std::optional<std::string> missing_role_in(const std::string& message);

// A "name=value" session setting, checked: throws std::invalid_argument when malformed.
std::pair<std::string, std::string> split_setting(const std::string& setting);

}  // namespace pgfleet
