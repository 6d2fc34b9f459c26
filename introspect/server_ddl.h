#pragma once
// Reading helpers shared by the per-kind readers: catalog query results as JSON, and server
// DDL fed through the same statement handlers as the user's files.
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/privilege.h"
#include "introspect/session.h"
#include "parser/parser_state.h"

namespace pgfleet {

// Runs a catalog query that returns one JSON value.
nlohmann::json query_json(Session& session, const char* sql);

// Interprets server-made DDL over the state; throws std::runtime_error naming `what` and the
// diagnostics when the parser does not accept it.
void interpret_server_ddl(ParserState& state, const std::string& text, const char* what);

// A string member, "" when missing or null.
std::string text_or_empty(const nlohmann::json& j, const char* key);

// The "privileges" member as a normalized ACL.
Privileges privileges_from(const nlohmann::json& j);

}  // namespace pgfleet
