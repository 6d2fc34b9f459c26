// Rules: pg_get_ruledef through the shared CREATE RULE handler.
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {

void read_rules(ParserState& state, Session& session, const KindCensus& census) {
    nlohmann::json rows = census.query(session, "rules", catalog_queries::kRules);
    std::string ddl;
    for (const auto& j : rows) ddl += text_or_empty(j, "definition") + "\n";
    interpret_server_ddl(state, ddl, "rules");
    for (const auto& j : rows) {
        QualifiedName table{text_or_empty(j, "schema"), text_or_empty(j, "table")};
        Rule& r = state.catalog.rules.at(rule_key(table, text_or_empty(j, "name")));
        r.enabled = text_or_empty(j, "enabled");
        r.comment = text_or_empty(j, "comment");
    }
}

}  // namespace pgfleet
