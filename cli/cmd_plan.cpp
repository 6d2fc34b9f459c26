// pgfleet plan SCHEMA (--db URL | --snapshot FILE): what it takes to reach the desired state.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/lint_options.h"
#include "cli/output.h"
#include "cli/plan_flags.h"
#include "cli/proof_output.h"
#include "lint/lint.h"
#include "report/plan_document.h"

namespace pgfleet {
namespace {

struct PlanArgs {
    std::string schema, db, snapshot, config;
    OutputOptions output;
    PlanFlags flags;
};

void report_unmodeled(const Catalog& current) {
    for (const auto& u : current.unmodeled)
        std::cerr << "warning: the database has " << u.kind << " " << u.name
                  << ", which pgfleet does not model; it is left as it is (a plan that drops what it depends on fails and changes nothing)\n";
}

}  // namespace

void register_plan(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("plan", "Plan the migration from a database (or snapshot) to the desired state");
    auto a = std::make_shared<PlanArgs>();
    cmd->add_option("schema", a->schema, "Desired-state .sql file or directory")->required();
    auto* db = cmd->add_option("--db", a->db, "Connection string (libpq URL or keywords)");
    auto* snap = cmd->add_option("--snapshot", a->snapshot, "Catalog snapshot file instead of a database");
    db->excludes(snap);
    add_output_options(cmd, a->output, {"text", "sql", "json", "markdown"});
    cmd->add_option("--config", a->config, "pgfleet.yaml with the lint: settings for the findings section");
    add_plan_flags(cmd, a->flags);
    cmd->callback([a, &exit_code, db, snap] {
        if (!*db && !*snap) throw CLI::RequiredError("--db or --snapshot");
        auto targets = output_targets(a->output);
        PlanOptions options = plan_options(a->flags);
        ParserState desired = load_desired_or_report(a->schema, a->flags.settings);
        Snapshot current = load_current(a->db, a->snapshot);
        report_unmodeled(current.catalog);
        warn_missing_roles(current, desired);
        refuse_uncastable_type_changes(current, desired);
        refuse_unreachable_extension_versions(a->db, current, desired);
        PlanDocument document{plan_to_save(current, desired.catalog, options),
                              lint::run(desired, lint_config_or_defaults(a->config))};
        bool color = stdout_wants_color(targets);
        write_outputs(targets, [&](const std::string& format) {
            return render_plan_document(document, format, color && format == "text");
        });
        size_t statements = document.saved.plan.statements.size();
        if (stdout_format(targets).empty())
            std::cerr << "Plan: " << statements << " statement" << (statements == 1 ? "" : "s") << ".\n";
        exit_code = document.saved.plan.empty() ? exit_code::kOk : exit_code::kChanges;
        if (a->flags.prove && !prove_or_report(current, document.saved, &desired.catalog))
            exit_code = exit_code::kError;
    });
}

}  // namespace pgfleet
