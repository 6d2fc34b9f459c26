#pragma once
// Readers for the kinds whose server definitions go through the shared statement handlers;
// one file each. Each runs its catalog query on the session and fills the state's catalog.
#include "introspect/session.h"
#include "parser/parser_state.h"

namespace pgfleet {

void read_collations(ParserState& state, Session& session);
// Domains, composite and range types, in the order they need each other (after enums).
void read_user_types(ParserState& state, Session& session);
// SERVER and OPTIONS of foreign tables already read as tables.
void read_foreign_tables(ParserState& state, Session& session);
void read_rules(ParserState& state, Session& session);
void read_aggregates(ParserState& state, Session& session);
void read_event_triggers(ParserState& state, Session& session);
void read_publications(ParserState& state, Session& session);
// Foreign data wrappers, servers and user mappings.
void read_foreign_data(ParserState& state, Session& session);

}  // namespace pgfleet
