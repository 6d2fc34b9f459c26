#pragma once
// Options shared by the commands that apply (apply, fleet apply): allowed hazards, timeouts.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "fleet/apply.h"
#include "planner/plan.h"

namespace pgfleet {

struct ApplyFlags {
    std::vector<std::string> allow_hazards;
    double lock_timeout = 5;
    double statement_timeout = 0;
    int lock_retries = 5;
    bool allow_other_major = false;
    CLI::Option* lock_timeout_option = nullptr;
    CLI::Option* statement_timeout_option = nullptr;
};

// `with_timeouts`: fleet apply takes its timeouts from the configuration instead.
void add_apply_flags(CLI::App* command, ApplyFlags& flags, bool with_timeouts = true);

ApplyOptions apply_options(const ApplyFlags& flags);

// Refuses (prints why, returns false) when the plan holds hazards that neither the flags nor
// `configured` allow.
bool hazards_allowed(const Plan& plan, const ApplyFlags& flags, const std::vector<std::string>& configured = {});

}  // namespace pgfleet
