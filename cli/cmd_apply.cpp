// pgfleet apply (SCHEMA | PLAN.json) --db URL: bring one database to the desired state, or
// run a reviewed saved plan on it after checking the database is the one it was planned on.
#include <fstream>
#include <iostream>

#include <unistd.h>

#include "catalog/fingerprint.h"
#include "cli/apply_flags.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/plan_flags.h"
#include "fleet/database_apply.h"
#include "introspect/catalog_reader.h"
#include "planner/render.h"

namespace pgfleet {
namespace {

struct ApplyArgs {
    std::string target, db;
    PlanFlags plan_flags;
    ApplyFlags apply_flags;
};

// A saved plan is a JSON document; a schema is SQL (a file or a directory).
bool is_saved_plan(const std::string& path) {
    std::ifstream in(path);
    char first = 0;
    while (in.get(first) && std::isspace(static_cast<unsigned char>(first))) {
    }
    return in && first == '{';
}

SavedPlan plan_now(const ApplyArgs& a) {
    ParserState desired = load_desired_or_report(a.target, a.plan_flags.settings);
    Session session(a.db);
    Snapshot current = read_catalog(session);
    session.close();
    return plan_to_save(current, desired.catalog, plan_options(a.plan_flags));
}

void run_apply(const ApplyArgs& a, int& exit_code) {
    bool saved = is_saved_plan(a.target);
    SavedPlan plan = saved ? read_plan_file(a.target) : plan_now(a);
    if (!saved && plan.plan.empty()) {
        std::cout << "No changes: the database matches the desired schema.\n";
        exit_code = exit_code::kOk;
        return;
    }
    std::cout << render_text(plan.plan, isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR")) << std::flush;
    for (const auto& name : a.apply_flags.allow_hazards)
        if (name != "all" && !find_hazard_kind(name))
            throw std::runtime_error("--allow-hazards: unknown hazard \"" + name + "\"");
    DatabaseApplyReport r = apply_saved_plan(a.db, plan, apply_options(a.apply_flags), a.apply_flags.allow_hazards);
    switch (r.status) {
        case DatabaseApplyStatus::AtTarget:
            std::cout << "\nThe database is already at the plan's target; nothing to do.\n";
            exit_code = exit_code::kOk;
            return;
        case DatabaseApplyStatus::Refused:
            std::cerr << "pgfleet: refused: " << r.message << ".\n";
            exit_code = exit_code::kRefused;
            return;
        case DatabaseApplyStatus::Failed:
        case DatabaseApplyStatus::Unverified:
            std::cerr << "pgfleet: error: " << r.message << "\n";
            exit_code = exit_code::kError;
            return;
        case DatabaseApplyStatus::Applied:
            std::cout << "\nApplied " << r.result.applied << " statement(s)"
                      << (r.result.retries ? " after " + std::to_string(r.result.retries) + " lock retries" : "")
                      << "; the database is at the target fingerprint " << short_fingerprint(r.fingerprint_after)
                      << ".\n";
            exit_code = exit_code::kOk;
            return;
    }
}

}  // namespace

void register_apply(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("apply", "Bring a database to the desired state, or run a saved plan on it");
    auto a = std::make_shared<ApplyArgs>();
    cmd->add_option("target", a->target, "Desired-state .sql file or directory, or a saved plan (plan -o plan.json)")
        ->required();
    cmd->add_option("--db", a->db, "Connection string (libpq URL or keywords)")->required();
    add_plan_flags(cmd, a->plan_flags);
    add_apply_flags(cmd, a->apply_flags);
    cmd->callback([a, &exit_code] { run_apply(*a, exit_code); });
}

}  // namespace pgfleet
