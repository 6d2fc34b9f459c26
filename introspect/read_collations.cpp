// Collations, as CREATE COLLATION statements through the shared handler.
#include "catalog/sql_name.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {

void read_collations(ParserState& state, Session& session, const KindCensus& census) {
    nlohmann::json rows = census.query(session, "collations", catalog_queries::kCollations);
    std::string ddl;
    for (const auto& j : rows) {
        std::string options;
        if (j.at("provider") == "i") {
            options = "provider = icu, locale = " + sql_literal(text_or_empty(j, "icu_locale"));
        } else {
            options = "provider = libc, lc_collate = " + sql_literal(text_or_empty(j, "lc_collate")) +
                      ", lc_ctype = " + sql_literal(text_or_empty(j, "lc_ctype"));
        }
        if (!j.at("deterministic").get<bool>()) options += ", deterministic = false";
        ddl += "CREATE COLLATION " + sql_qualified(text_or_empty(j, "schema"), text_or_empty(j, "name")) + " (" +
               options + ");\n";
    }
    interpret_server_ddl(state, ddl, "collations");
    for (const auto& j : rows) {
        Collation& c = state.catalog.collations.at({text_or_empty(j, "schema"), text_or_empty(j, "name")});
        c.owner = text_or_empty(j, "owner");
        c.comment = text_or_empty(j, "comment");
    }
}

}  // namespace pgfleet
