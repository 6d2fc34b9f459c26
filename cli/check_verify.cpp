#include "cli/check_verify.h"

#include <regex>
#include <set>

#include "catalog/sql_name.h"
#include "cli/exit_codes.h"
#include "introspect/catalog_reader.h"
#include "introspect/scratch_server.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"

namespace pgfleet {
namespace {

constexpr const char* kDatabase = "pgfleet_verify";

// Roles the files grant to or own with exist on the user's servers, not on a fresh one: they
// are created as PostgreSQL names them, until the files load.
Snapshot load_into_scratch(const ScratchServer& server, const std::string& schema) {
    static const std::regex missing_role(R"(role \"([^\"]+)\" does not exist)");
    std::set<std::string> roles;
    for (int attempt = 0;; ++attempt) {
        {
            Session admin(server.conninfo("postgres"));
            admin.execute("DROP DATABASE IF EXISTS " + sql_ident(kDatabase));
            admin.execute("CREATE DATABASE " + sql_ident(kDatabase));
            // Roles are cluster-wide: those made on an earlier attempt are there already.
            for (const auto& r : roles)
                if (admin.query("SELECT 1 FROM pg_roles WHERE rolname = " + sql_literal(r)).empty())
                    admin.execute("CREATE ROLE " + sql_ident(r));
        }
        try {
            for (const auto& file : desired_state_files(schema)) server.run_file(kDatabase, file);
            break;
        } catch (const std::runtime_error& e) {
            std::smatch m;
            std::string message = e.what();
            if (attempt > 50 || !std::regex_search(message, m, missing_role) || roles.count(m[1])) throw;
            roles.insert(m[1]);
            Session admin(server.conninfo("postgres"));
            admin.execute("DROP DATABASE " + sql_ident(kDatabase));
        }
    }
    Session session(server.conninfo(kDatabase));
    return read_catalog(session);
}

}  // namespace

int verify_desired_state(const std::string& schema, const ParserState& parsed, std::ostream& out) {
    ScratchServer server;
    Snapshot loaded = load_into_scratch(server, schema);
    PlanOptions options;
    options.current_role = loaded.current_user;
    options.server_major = loaded.server_version_major;
    Plan differences = make_plan(loaded.catalog, parsed.catalog, options);
    if (differences.empty()) {
        out << "verify: no difference: PostgreSQL made of " << schema << " exactly the parsed model ("
            << parsed.catalog.tables.size() << " tables, " << parsed.catalog.views.size() << " views, "
            << parsed.catalog.functions.size() << " routines, " << parsed.catalog.indexes.size() << " indexes).\n";
        return exit_code::kOk;
    }
    out << "verify: " << differences.statements.size()
        << " difference(s) between the parsed model and what PostgreSQL made of " << schema
        << " (each with the statement that would turn PostgreSQL's result into the parsed model):\n";
    for (const auto& s : differences.statements)
        out << "  " << action_name(s.action) << " " << describe(s.object) << ":\n      " << s.sql << "\n";
    return exit_code::kChanges;
}

}  // namespace pgfleet
