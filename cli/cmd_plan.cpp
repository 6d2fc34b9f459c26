// pgfleet plan SCHEMA (--db URL | --snapshot FILE): what it takes to reach the desired state.
#include <fstream>
#include <iostream>

#include <unistd.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/lint_options.h"
#include "cli/plan_flags.h"
#include "lint/lint.h"
#include "lint/report.h"
#include "planner/render.h"

namespace pgfleet {
namespace {

struct PlanArgs {
    std::string schema, db, snapshot, format, output, config;
    PlanFlags flags;
};

void report_unmodeled(const Catalog& current) {
    for (const auto& u : current.unmodeled)
        std::cerr << "warning: the database has " << u.kind << " " << u.name
                  << ", which pgfleet does not model; it is left as it is (a plan that drops what it depends on fails and changes nothing)\n";
}

// Without --format: json when writing a .json file, else text.
std::string chosen_format(const PlanArgs& a) {
    if (!a.format.empty()) return a.format;
    bool json_file = a.output.size() > 5 && a.output.substr(a.output.size() - 5) == ".json";
    return json_file ? "json" : "text";
}

std::string render(const SavedPlan& saved, const std::string& format, bool color) {
    if (format == "sql") return render_sql(saved.plan);
    if (format == "json") return saved_plan_to_json(saved).dump(1) + "\n";
    if (format == "markdown") return render_markdown(saved);
    return render_text(saved.plan, color);
}

}  // namespace

void register_plan(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("plan", "Plan the migration from a database (or snapshot) to the desired state");
    auto a = std::make_shared<PlanArgs>();
    cmd->add_option("schema", a->schema, "Desired-state .sql file or directory")->required();
    auto* db = cmd->add_option("--db", a->db, "Connection string (libpq URL or keywords)");
    auto* snap = cmd->add_option("--snapshot", a->snapshot, "Catalog snapshot file instead of a database");
    db->excludes(snap);
    cmd->add_option("--format", a->format, "Output: text, sql, json (the saved plan) or markdown")
        ->check(CLI::IsMember({"text", "sql", "json", "markdown"}));
    cmd->add_option("-o,--output", a->output, "Write the plan to this file (a .json file gets the saved plan)");
    cmd->add_option("--config", a->config, "pgfleet.yaml with the lint: settings for the findings section");
    add_plan_flags(cmd, a->flags);
    cmd->callback([a, &exit_code, db, snap] {
        if (!*db && !*snap) throw CLI::RequiredError("--db or --snapshot");
        PlanOptions options = plan_options(a->flags);
        ParserState desired = load_desired_or_report(a->schema, a->flags.settings);
        Snapshot current = load_current(a->db, a->snapshot);
        report_unmodeled(current.catalog);
        SavedPlan saved = plan_to_save(current, desired.catalog, options);
        std::string format = chosen_format(*a);
        bool color = a->output.empty() && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
        std::string text = render(saved, format, color);
        // The desired state's tenant-isolation findings; sql and json (the saved plan) stay as they are.
        if (format == "text" || format == "markdown") {
            auto findings = lint::run(desired, lint_config_or_defaults(a->config));
            text += format == "text" ? lint::render_plan_section(findings) : "\n" + lint::render_markdown(findings);
        }
        if (a->output.empty()) {
            std::cout << text;
        } else {
            std::ofstream out(a->output);
            out << text;
            if (!out) throw std::runtime_error(a->output + ": cannot write plan");
            std::cerr << "Plan written to " << a->output << " (" << saved.plan.statements.size() << " statements).\n";
        }
        exit_code = saved.plan.empty() ? exit_code::kOk : exit_code::kChanges;
    });
}

}  // namespace pgfleet
