// pgfleet apply SCHEMA --db URL: plan against the live database and apply it.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "fleet/apply.h"
#include "introspect/catalog_reader.h"
#include "planner/planner.h"
#include "planner/render.h"

namespace pgfleet {

void register_apply(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("apply", "Bring a database to the desired state");
    auto schema = std::make_shared<std::string>();
    auto db = std::make_shared<std::string>();
    auto manage_owners = std::make_shared<bool>(false);
    cmd->add_option("schema", *schema, "Desired-state .sql file or directory")->required();
    cmd->add_option("--db", *db, "Connection string (libpq URL or keywords)")->required();
    cmd->add_flag("--manage-owners", *manage_owners,
                  "Compare owners everywhere (undeclared owner = the role running the migration)");
    cmd->callback([schema, db, manage_owners, &exit_code] {
        ParserState desired = load_desired_or_report(*schema);
        Session session(*db);
        Snapshot current = read_catalog(session);
        Plan plan = plan_from(current, desired.catalog, *manage_owners);
        if (plan.empty()) {
            std::cout << "No changes: the database matches the desired schema.\n";
            exit_code = exit_code::kOk;
            return;
        }
        std::cout << render_text(plan);
        ApplyResult result = apply_plan(session, plan);
        session.close();
        if (!result.ok) {
            std::cerr << "error: apply failed at statement:\n    " << result.failed_sql << "\n" << result.error
                      << "\nThe failed transaction was rolled back; " << result.applied
                      << " earlier statement(s) remain applied.\n";
            exit_code = exit_code::kError;
            return;
        }
        std::cout << "\nApplied " << result.applied << " statement(s).\n";
        exit_code = exit_code::kOk;
    });
}

}  // namespace pgfleet
