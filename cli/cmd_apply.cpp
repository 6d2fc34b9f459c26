// pgfleet apply (SCHEMA | PLAN.json) --db URL: bring one database to the desired state, or
// run a reviewed saved plan on it after checking the database is the one it was planned on.
#include <fstream>
#include <iostream>
#include <set>

#include <unistd.h>

#include "cli/apply_flags.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/output.h"
#include "cli/plan_flags.h"
#include "cli/proof_output.h"
#include "cli/step_progress.h"
#include "catalog/fingerprint.h"
#include "introspect/catalog_reader.h"
#include "planner/hazards.h"
#include "planner/render.h"
#include "report/database_apply_report.h"

namespace pgfleet {
namespace {

struct ApplyArgs {
    std::string target, db;
    bool yes = false;
    PlanFlags plan_flags;
    ApplyFlags apply_flags;
    OutputOptions output;
};

// A saved plan is a JSON document; a schema is SQL (a file or a directory).
bool is_saved_plan(const std::string& path) {
    std::ifstream in(path);
    char first = 0;
    while (in.get(first) && std::isspace(static_cast<unsigned char>(first))) {
    }
    return in && first == '{';
}

struct Planned {
    SavedPlan plan;
    std::string database;
};

// The proof (--prove) runs before anything touches the target.
struct NotProven : std::runtime_error {
    NotProven() : std::runtime_error("not applied: the plan was not proven on a local copy of the database") {}
};

Planned plan_now(const ApplyArgs& a) {
    ParserState desired = load_desired_or_report(a.target, a.plan_flags.settings);
    Session session(a.db);
    Snapshot current = read_catalog(session);
    refuse_unreachable_extension_versions(session, current, desired);
    session.close();
    warn_missing_roles(current, desired);
    refuse_uncastable_type_changes(current, desired);
    Planned planned{plan_to_save(current, desired.catalog, plan_options(a.plan_flags)), current.database};
    if (a.plan_flags.prove && !prove_or_report(current, planned.plan, &desired.catalog)) throw NotProven();
    return planned;
}

// A saved plan is proven against the database as it is now; one that has moved on from the
// plan's source is refused by apply anyway, so it is not proven.
void prove_saved(const ApplyArgs& a, const SavedPlan& plan) {
    Session session(a.db);
    Snapshot current = read_catalog(session);
    session.close();
    FingerprintOptions fp = fingerprint_options(plan.header);
    if (fingerprint(current.catalog, current.server_version_major, fp) != plan.header.source_fingerprint) return;
    if (!prove_or_report(current, plan, nullptr)) throw NotProven();
}

bool interactive() { return isatty(STDIN_FILENO) && isatty(STDERR_FILENO); }

std::string hazard_list(const Plan& plan) {
    std::set<std::string> names;
    for (const auto& s : plan.statements)
        for (const auto& h : s.hazards) names.insert(h.name);
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// On a terminal, a plan with hazards runs only after the user says yes.
bool confirmed(const Plan& plan) {
    std::cerr << "\nThe plan holds hazards (" << hazard_list(plan) << "). Apply it? [y/N] " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    return answer == "y" || answer == "Y" || answer == "yes" || answer == "YES";
}

int exit_code_for(DatabaseApplyStatus status) {
    switch (status) {
        case DatabaseApplyStatus::Applied:
        case DatabaseApplyStatus::AtTarget: return exit_code::kOk;
        case DatabaseApplyStatus::Refused: return exit_code::kRefused;
        case DatabaseApplyStatus::Failed:
        case DatabaseApplyStatus::Unverified: return exit_code::kError;
    }
    return exit_code::kError;
}

void run_apply(const ApplyArgs& a, int& exit_code) {
    auto targets = output_targets(a.output);
    for (const auto& name : a.apply_flags.allow_hazards)
        if (!name.empty() && name != "all" && !find_hazard_kind(name))
            throw std::runtime_error("--allow-hazards: unknown hazard \"" + name + "\"");
    bool saved = is_saved_plan(a.target);
    Planned planned;
    try {
        planned = saved ? Planned{read_plan_file(a.target), ""} : plan_now(a);
        if (saved && a.plan_flags.prove) prove_saved(a, planned.plan);
    } catch (const NotProven& e) {
        std::cerr << "pgfleet: refused: " << e.what() << "\n";
        exit_code = exit_code::kRefused;
        return;
    }
    const SavedPlan& plan = planned.plan;
    auto write_report = [&](const DatabaseApplyReport& r) {
        write_outputs(targets, [&](const std::string& format) { return render_database_apply(r, plan, format); });
        exit_code = exit_code_for(r.status);
    };
    if (!saved && plan.plan.empty()) {
        DatabaseApplyReport none;
        none.status = DatabaseApplyStatus::AtTarget;
        none.message = "the database matches the desired schema";
        none.database = planned.database;
        none.fingerprint_before = none.fingerprint_after = plan.header.source_fingerprint;
        std::cerr << "No changes: the database matches the desired schema.\n";
        return write_report(none);
    }
    // The plan goes where the text report goes (stdout), else to stderr beside the progress.
    bool plan_on_stdout = stdout_format(targets) == "text";
    std::ostream& shown = plan_on_stdout ? std::cout : std::cerr;
    bool color = plan_on_stdout ? stdout_wants_color(targets) : isatty(STDERR_FILENO) && !std::getenv("NO_COLOR");
    shown << render_text(plan.plan, color) << "\n" << std::flush;
    bool will_refuse = !refused_hazards(plan.plan, a.apply_flags.allow_hazards).empty();
    if (!saved && !a.yes && interactive() && !hazard_list(plan.plan).empty() && !will_refuse && !confirmed(plan.plan)) {
        std::cerr << "Not applied.\n";
        exit_code = exit_code::kRefused;
        return;
    }
    ApplyOptions options = apply_options(a.apply_flags);
    StepProgress progress(stderr, isatty(STDERR_FILENO), plan.plan);
    progress.attach(options);
    DatabaseApplyReport r = apply_saved_plan(a.db, plan, options, a.apply_flags.allow_hazards);
    progress.finish();
    bool failed = r.status != DatabaseApplyStatus::Applied && r.status != DatabaseApplyStatus::AtTarget;
    if (failed && !plan_on_stdout)
        std::cerr << "pgfleet: " << (r.status == DatabaseApplyStatus::Refused ? "refused: " : "error: ") << r.message
                  << "\n";
    write_report(r);
}

}  // namespace

void register_apply(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("apply", "Bring a database to the desired state, or run a saved plan on it");
    auto a = std::make_shared<ApplyArgs>();
    cmd->add_option("target", a->target, "Desired-state .sql file or directory, or a saved plan (plan -o plan.json)")
        ->required();
    cmd->add_option("--db", a->db, "Connection string (libpq URL or keywords)")->required();
    cmd->add_flag("-y,--yes", a->yes, "Do not ask before running a plan with hazards (asked only on a terminal)");
    add_output_options(cmd, a->output, {"text", "json", "markdown"});
    add_plan_flags(cmd, a->plan_flags);
    add_apply_flags(cmd, a->apply_flags);
    cmd->callback([a, &exit_code] { run_apply(*a, exit_code); });
}

}  // namespace pgfleet
