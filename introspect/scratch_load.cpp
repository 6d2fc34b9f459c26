#include "introspect/scratch_load.h"

#include <regex>
#include <set>
#include <stdexcept>

#include "catalog/sql_name.h"
#include "introspect/catalog_reader.h"
#include "introspect/session.h"
#include "parser/schema_loader.h"

namespace pgfleet {
namespace {

constexpr const char* kDatabase = "pgfleet_scratch";

void create_database(const ScratchServer& server, const std::vector<std::string>& settings) {
    Session admin(server.conninfo("postgres"));
    admin.execute("DROP DATABASE IF EXISTS " + sql_ident(kDatabase));
    admin.execute("CREATE DATABASE " + sql_ident(kDatabase));
    for (const auto& s : settings) {
        auto [name, value] = split_setting(s);
        admin.execute("ALTER DATABASE " + sql_ident(kDatabase) + " SET " + sql_ident(name) + " = " + sql_literal(value));
    }
}

}  // namespace

std::pair<std::string, std::string> split_setting(const std::string& setting) {
    static const std::regex form(R"(([A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)*)=(.*))");
    std::smatch m;
    if (!std::regex_match(setting, m, form))
        throw std::invalid_argument("setting \"" + setting + "\": expected name=value (e.g. app.tenant_id=acme)");
    return {m[1], m[3]};
}

std::optional<std::string> missing_role_in(const std::string& message) {
    static const std::regex form(R"(role \"([^\"]+)\" does not exist)");
    std::smatch m;
    if (std::regex_search(message, m, form)) return m[1].str();
    return std::nullopt;
}

Snapshot load_into_scratch(const ScratchServer& server, const std::string& schema, const std::vector<std::string>& settings) {
    std::set<std::string> created;
    for (;;) {
        create_database(server, settings);
        try {
            for (const auto& file : desired_state_files(schema)) server.run_file(kDatabase, file);
            break;
        } catch (const std::runtime_error& e) {
            // Roles live in the cluster: one created on an earlier attempt is there already.
            auto missing = missing_role_in(e.what());
            if (!missing) throw;
            std::string role = *missing;
            if (created.count(role) || created.size() >= 200) throw;
            Session(server.conninfo("postgres")).execute("CREATE ROLE " + sql_ident(role));
            created.insert(role);
        }
    }
    Session session(server.conninfo(kDatabase));
    return read_catalog(session);
}

}  // namespace pgfleet
