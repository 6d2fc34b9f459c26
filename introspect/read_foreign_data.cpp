// Foreign data wrappers and servers through the shared handlers; user mappings directly,
// so that no secret option value passes through statement text or diagnostics.
#include "catalog/foreign_data.h"
#include "catalog/sql_name.h"
#include "introspect/annotate.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"

namespace pgfleet {
namespace {

using nlohmann::json;

// OPTIONS (name 'value', ...) from the server's "name=value" array; secrets are hashed first.
std::string options_clause(const json& options) {
    std::string out;
    for (const auto& o : options) {
        std::string option = protect_option(o.get<std::string>());
        auto eq = option.find('=');
        out += (out.empty() ? "" : ", ") + sql_ident(option.substr(0, eq)) + " " +
               sql_literal(eq == std::string::npos ? "" : option.substr(eq + 1));
    }
    return out.empty() ? "" : " OPTIONS (" + out + ")";
}

}  // namespace

void read_foreign_data(ParserState& state, Session& session, const KindCensus& census) {
    json wrappers = census.query(session, "foreign_data", catalog_queries::kForeignDataWrappers);
    json servers = census.query(session, "foreign_data", catalog_queries::kForeignServers);
    std::string ddl;
    for (const auto& j : wrappers) {
        ddl += "CREATE FOREIGN DATA WRAPPER " + sql_ident(text_or_empty(j, "name"));
        if (!text_or_empty(j, "handler").empty()) ddl += " HANDLER " + text_or_empty(j, "handler");
        if (!text_or_empty(j, "validator").empty()) ddl += " VALIDATOR " + text_or_empty(j, "validator");
        ddl += options_clause(j.at("options")) + ";\n";
    }
    for (const auto& j : servers) {
        ddl += "CREATE SERVER " + sql_ident(text_or_empty(j, "name"));
        if (!text_or_empty(j, "type").empty()) ddl += " TYPE " + sql_literal(text_or_empty(j, "type"));
        if (!text_or_empty(j, "version").empty()) ddl += " VERSION " + sql_literal(text_or_empty(j, "version"));
        ddl += " FOREIGN DATA WRAPPER " + sql_ident(text_or_empty(j, "wrapper")) + options_clause(j.at("options")) + ";\n";
    }
    interpret_server_ddl(state, ddl, "foreign data wrappers and servers");
    Catalog& c = state.catalog;
    for (const auto& j : wrappers) annotate(c.foreign_data_wrappers.at(text_or_empty(j, "name")), j);
    for (const auto& j : servers) annotate(c.foreign_servers.at(text_or_empty(j, "name")), j);
    for (const auto& j : census.query(session, "foreign_data", catalog_queries::kUserMappings)) {
        UserMapping m;
        m.user = text_or_empty(j, "user");
        m.server = text_or_empty(j, "server");
        for (const auto& o : j.at("options")) m.options.push_back(protect_option(o.get<std::string>()));
        c.user_mappings[user_mapping_key(m.user, m.server)] = m;
    }
}

}  // namespace pgfleet
