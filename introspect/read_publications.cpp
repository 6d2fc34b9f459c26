// Publications, as CREATE PUBLICATION statements through the shared handler.
#include "catalog/sql_name.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {
namespace {

using nlohmann::json;

std::string publication_ddl(const json& j) {
    std::string out = "CREATE PUBLICATION " + sql_ident(text_or_empty(j, "name"));
    std::vector<std::string> objects;
    for (const auto& t : j.at("tables")) {
        std::string item = "TABLE " + sql_qualified(text_or_empty(t, "schema"), text_or_empty(t, "table"));
        std::string columns;
        for (const auto& c : t.at("columns")) columns += (columns.empty() ? "" : ", ") + sql_ident(c.get<std::string>());
        if (!columns.empty()) item += " (" + columns + ")";
        if (!text_or_empty(t, "where").empty()) item += " WHERE (" + text_or_empty(t, "where") + ")";
        objects.push_back(item);
    }
    for (const auto& s : j.at("schemas")) objects.push_back("TABLES IN SCHEMA " + sql_ident(s.get<std::string>()));
    if (j.at("all_tables").get<bool>()) out += " FOR ALL TABLES";
    for (size_t i = 0; i < objects.size(); ++i) out += (i ? ", " : " FOR ") + objects[i];
    std::string publish;
    for (const char* op : {"insert", "update", "delete", "truncate"})
        if (j.at(op).get<bool>()) publish += (publish.empty() ? "" : ", ") + std::string(op);
    out += " WITH (publish = " + sql_literal(publish) + ", publish_via_partition_root = " +
           (j.at("via_partition_root").get<bool>() ? "true" : "false") + ");\n";
    return out;
}

}  // namespace

void read_publications(ParserState& state, Session& session, const KindCensus& census) {
    json rows = census.query(session, "publications", catalog_queries::kPublications);
    std::string ddl;
    for (const auto& j : rows) ddl += publication_ddl(j);
    interpret_server_ddl(state, ddl, "publications");
    for (const auto& j : rows) {
        Publication& p = state.catalog.publications.at(text_or_empty(j, "name"));
        p.owner = text_or_empty(j, "owner");
        p.comment = text_or_empty(j, "comment");
    }
}

}  // namespace pgfleet
