#pragma once
// Readers for the kinds whose server definitions go through the shared statement handlers;
// one file each. Each runs its catalog query on the session and fills the state's catalog;
// the kinds that may use tables, routines and one another in any direction instead give their
// definitions one by one to catalog_reader.cpp, which reads them in rounds.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "introspect/kind_census.h"
#include "introspect/session.h"
#include "parser/parser_state.h"

namespace pgfleet {

void read_collations(ParserState& state, Session& session, const KindCensus& census);
// Domains, composite and range types: their catalog rows; their CREATE statements, one per
// type, in the order they use one another; then, once routines and tables are read, domain
// defaults and constraints, owners, comments and grants.
struct UserTypeRows {
    nlohmann::json domains, composites, ranges;
};
UserTypeRows query_user_types(Session& session, const KindCensus& census);
std::vector<std::string> user_type_definitions(const UserTypeRows& rows);
void finish_user_types(ParserState& state, const UserTypeRows& rows);
// SERVER and OPTIONS of foreign tables already read as tables.
void read_foreign_tables(ParserState& state, Session& session, const KindCensus& census);
void read_rules(ParserState& state, Session& session, const KindCensus& census);
// Aggregates: one CREATE AGGREGATE per row, then owners, comments and grants.
std::vector<std::string> aggregate_definitions(const nlohmann::json& rows);
void finish_aggregates(ParserState& state, const nlohmann::json& rows);
void read_event_triggers(ParserState& state, Session& session, const KindCensus& census);
void read_publications(ParserState& state, Session& session, const KindCensus& census);
// Foreign data wrappers, servers and user mappings.
void read_foreign_data(ParserState& state, Session& session, const KindCensus& census);

}  // namespace pgfleet
