// pgfleet: declarative schema management for fleets of PostgreSQL tenant databases.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "planner/plan_file.h"

int main(int argc, char** argv) {
    CLI::App app{"pgfleet: keep PostgreSQL tenant databases on one declared schema"};
    app.set_version_flag("--version", std::string("pgfleet ") + PGFLEET_VERSION);
    app.require_subcommand(1);
    int exit_code = pgfleet::exit_code::kOk;
    pgfleet::register_check(app, exit_code);
    pgfleet::register_plan(app, exit_code);
    pgfleet::register_show(app, exit_code);
    pgfleet::register_apply(app, exit_code);
    pgfleet::register_dump(app, exit_code);
    pgfleet::register_snapshot(app, exit_code);
    pgfleet::register_fleet(app, exit_code);
    pgfleet::register_tenant(app, exit_code);
    pgfleet::register_completion(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : pgfleet::exit_code::kError;
    } catch (const pgfleet::ReportedError&) {
        return pgfleet::exit_code::kError;
    } catch (const pgfleet::AlteredPlan& e) {
        std::cerr << "pgfleet: refused: " << e.what() << "\n";
        return pgfleet::exit_code::kRefused;
    } catch (const std::exception& e) {
        // The one place errors become messages; commands throw, they do not print and exit.
        std::cerr << "pgfleet: error: " << e.what() << "\n";
        return pgfleet::exit_code::kError;
    }
    return exit_code;
}
