#include "cli/check_verify.h"

#include "catalog/sql_name.h"
#include "cli/exit_codes.h"
#include "introspect/catalog_reader.h"
#include "introspect/scratch_load.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"

namespace pgfleet {

int verify_desired_state(const std::string& schema, const ParserState& parsed, const std::vector<std::string>& settings,
                         std::ostream& out) {
    ScratchServer server;
    Snapshot loaded = load_into_scratch(server, schema, settings);
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
