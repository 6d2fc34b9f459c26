// SERVER and OPTIONS of foreign tables (their columns and constraints are read as a table's).
#include "catalog/foreign_data.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {
namespace {

std::vector<std::string> protected_options(const nlohmann::json& list) {
    std::vector<std::string> out;
    for (const auto& o : list) out.push_back(protect_option(o.get<std::string>()));
    return out;
}

}  // namespace

void read_foreign_tables(ParserState& state, Session& session, const KindCensus& census) {
    for (const auto& j : census.query(session, "foreign_tables", catalog_queries::kForeignTables)) {
        Table& t = state.catalog.tables.at({text_or_empty(j, "schema"), text_or_empty(j, "name")});
        ForeignTableInfo info;
        info.server = text_or_empty(j, "server");
        info.options = protected_options(j.at("options"));
        for (const auto& [column, options] : j.at("column_options").items())
            info.column_options[column] = protected_options(options);
        t.foreign = info;
    }
}

}  // namespace pgfleet
