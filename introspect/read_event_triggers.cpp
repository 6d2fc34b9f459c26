// Event triggers, as CREATE EVENT TRIGGER statements through the shared handler.
#include "catalog/sql_name.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {

void read_event_triggers(ParserState& state, Session& session, const KindCensus& census) {
    nlohmann::json rows = census.query(session, "event_triggers", catalog_queries::kEventTriggers);
    std::string ddl;
    for (const auto& j : rows) {
        ddl += "CREATE EVENT TRIGGER " + sql_ident(text_or_empty(j, "name")) + " ON " + sql_ident(text_or_empty(j, "event"));
        std::string tags;
        for (const auto& t : j.at("tags")) tags += (tags.empty() ? "" : ", ") + sql_literal(t.get<std::string>());
        if (!tags.empty()) ddl += " WHEN TAG IN (" + tags + ")";
        ddl += " EXECUTE FUNCTION " + text_or_empty(j, "function") + "();\n";
    }
    interpret_server_ddl(state, ddl, "event triggers");
    for (const auto& j : rows) {
        EventTrigger& t = state.catalog.event_triggers.at(text_or_empty(j, "name"));
        t.enabled = text_or_empty(j, "enabled");
        t.owner = text_or_empty(j, "owner");
        t.comment = text_or_empty(j, "comment");
    }
}

}  // namespace pgfleet
