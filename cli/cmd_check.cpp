// pgfleet check SCHEMA | --db URL: parse and validate the desired state, and run the
// tenant-isolation rules on it (or on a live database).
#include <iostream>

#include "cli/check_verify.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/lint_options.h"
#include "cli/output.h"
#include "cli/plan_flags.h"
#include "lint/lint.h"
#include "lint/report.h"

namespace pgfleet {
namespace {

struct CheckArgs {
    std::string schema, db, config;
    OutputOptions output;
    bool verify = false;
    std::vector<std::string> settings;
};

std::string render(const std::vector<lint::Finding>& findings, const std::string& format) {
    if (format == "json") return lint::render_json(findings);
    if (format == "markdown") return lint::render_markdown(findings);
    return lint::render_text(findings);
}

}  // namespace

void register_check(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "check", "Parse and validate the desired state and check tenant isolation (or check a live database)");
    auto a = std::make_shared<CheckArgs>();
    auto* schema = cmd->add_option("schema", a->schema, "Desired-state .sql file or directory");
    auto* db = cmd->add_option("--db", a->db, "Check this database instead (libpq URL or keywords)");
    schema->excludes(db);
    cmd->add_option("--config", a->config, "pgfleet.yaml with the lint: settings (default: the rules' defaults)");
    add_output_options(cmd, a->output, {"text", "json", "markdown"});
    cmd->add_flag("--verify", a->verify,
                  "Also load SCHEMA into a throwaway local PostgreSQL and report where the parsed model differs");
    add_setting_option(cmd, a->settings);
    cmd->callback([a, &exit_code, schema, db] {
        if (!*schema && !*db) throw CLI::RequiredError("SCHEMA or --db");
        auto targets = output_targets(a->output);
        lint::LintConfig config = lint_config_or_defaults(a->config);
        std::vector<lint::Finding> findings;
        std::string header;
        int verified = exit_code::kOk;
        if (*db) {
            findings = lint::run(load_current(a->db, "").catalog, config);
        } else {
            ParserState state = load_desired_or_report(a->schema, a->settings);
            const Catalog& c = state.catalog;
            header = "ok: " + std::to_string(c.schemas.size()) + " schemas, " + std::to_string(c.tables.size()) +
                     " tables, " + std::to_string(c.indexes.size()) + " indexes, " +
                     std::to_string(c.sequences.size()) + " sequences, " + std::to_string(c.enums.size()) +
                     " enum types\n";
            findings = lint::run(state, config);
            if (a->verify) verified = verify_desired_state(a->schema, state, a->settings, std::cerr);
        }
        write_outputs(targets,
                      [&](const std::string& format) { return (format == "text" ? header : "") + render(findings, format); });
        bool errors = lint::summarize(findings).errors > 0 || verified != exit_code::kOk;
        exit_code = errors ? exit_code::kChanges : exit_code::kOk;
    });
}

}  // namespace pgfleet
