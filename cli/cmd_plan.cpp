// pgfleet plan SCHEMA (--db URL | --snapshot FILE): what it takes to reach the desired state.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/lint_options.h"
#include "lint/lint.h"
#include "lint/report.h"
#include "planner/planner.h"
#include "planner/render.h"

namespace pgfleet {
namespace {

struct PlanArgs {
    std::string schema, db, snapshot, format = "text", output, config;
    bool manage_owners = false;
};

void report_unmodeled(const Catalog& current) {
    for (const auto& u : current.unmodeled)
        std::cerr << "warning: the database has " << u.kind << " " << u.name
                  << ", which pgfleet does not manage yet; it is left as it is\n";
}

}  // namespace

void register_plan(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("plan", "Plan the migration from a database (or snapshot) to the desired state");
    auto a = std::make_shared<PlanArgs>();
    cmd->add_option("schema", a->schema, "Desired-state .sql file or directory")->required();
    auto* db = cmd->add_option("--db", a->db, "Connection string (libpq URL or keywords)");
    auto* snap = cmd->add_option("--snapshot", a->snapshot, "Catalog snapshot file instead of a database");
    db->excludes(snap);
    cmd->add_option("--format", a->format, "Output: text or sql")->check(CLI::IsMember({"text", "sql"}));
    cmd->add_option("-o,--output", a->output, "Write the plan to this file instead of stdout");
    cmd->add_option("--config", a->config, "pgfleet.yaml with the lint: settings for the findings section");
    cmd->add_flag("--manage-owners", a->manage_owners,
                  "Compare owners everywhere (undeclared owner = the role running the migration)");
    cmd->callback([a, &exit_code, db, snap] {
        if (!*db && !*snap) throw CLI::RequiredError("--db or --snapshot");
        ParserState desired = load_desired_or_report(a->schema);
        Snapshot current = load_current(a->db, a->snapshot);
        report_unmodeled(current.catalog);
        Plan plan = plan_from(current, desired.catalog, a->manage_owners);
        std::string text = a->format == "sql" ? render_sql(plan) : render_text(plan);
        // The desired state's tenant-isolation findings (`--format sql` stays pure SQL).
        if (a->format == "text") text += lint::render_plan_section(lint::run(desired, lint_config_or_defaults(a->config)));
        if (a->output.empty()) {
            std::cout << text;
        } else {
            std::ofstream out(a->output);
            out << text;
            if (!out) throw std::runtime_error(a->output + ": cannot write plan");
        }
        exit_code = plan.empty() ? exit_code::kOk : exit_code::kChanges;
    });
}

}  // namespace pgfleet
