#include "cli/apply_flags.h"

#include <iostream>

#include "planner/hazards.h"

namespace pgfleet {

void add_apply_flags(CLI::App* cmd, ApplyFlags& f, bool with_timeouts) {
    cmd->add_option("--allow-hazards", f.allow_hazards,
                    "Hazards apply may run, comma-separated (e.g. data_loss,table_rewrite; all for every one)")
        ->delimiter(',');
    cmd->add_flag("--allow-other-major", f.allow_other_major,
                  "Run a saved plan made on another PostgreSQL major (compared as if on the plan's major)");
    if (!with_timeouts) return;
    f.lock_timeout_option =
        cmd->add_option("--lock-timeout", f.lock_timeout, "Seconds a statement may wait for a lock (default 5)");
    f.statement_timeout_option =
        cmd->add_option("--statement-timeout", f.statement_timeout, "Seconds a statement may run (0: no limit)");
    cmd->add_option("--lock-retries", f.lock_retries, "Retries of a step that timed out waiting for a lock (default 5)");
}

ApplyOptions apply_options(const ApplyFlags& f) {
    ApplyOptions options;
    options.lock_timeout_seconds = f.lock_timeout;
    options.statement_timeout_seconds = f.statement_timeout;
    options.lock_retries = f.lock_retries;
    options.allow_other_major = f.allow_other_major;
    options.on_retry = [](const std::string& message) { std::cerr << "pgfleet: " << message << "\n"; };
    return options;
}

bool hazards_allowed(const Plan& plan, const ApplyFlags& f, const std::vector<std::string>& configured) {
    std::vector<std::string> allowed = f.allow_hazards;
    allowed.insert(allowed.end(), configured.begin(), configured.end());
    for (const auto& name : f.allow_hazards)
        if (!name.empty() && name != "all" && !find_hazard_kind(name))
            throw std::runtime_error("--allow-hazards: unknown hazard \"" + name + "\"");
    std::vector<std::string> refused = refused_hazards(plan, allowed);
    if (refused.empty()) return true;
    std::string list;
    for (const auto& r : refused) list += (list.empty() ? "" : ",") + r;
    std::cerr << "pgfleet: refused: the plan holds hazards that are not allowed: " << list
              << "\nReview the statements marked with them above; to run them anyway, pass --allow-hazards " << list
              << " (or list them under hazards.allow in pgfleet.yaml).\n";
    return false;
}

}  // namespace pgfleet
