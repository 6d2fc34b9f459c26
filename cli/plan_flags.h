#pragma once
// Options shared by the commands that plan (plan, apply): owners and online DDL.
#include <string>

#include <CLI/CLI.hpp>

#include "planner/planner.h"

namespace pgfleet {

struct PlanFlags {
    bool manage_owners = false;
    std::string online = "auto";
    std::string online_threshold = "10MB";
};

void add_plan_flags(CLI::App* command, PlanFlags& flags);

// Throws std::invalid_argument for a bad size.
PlanOptions plan_options(const PlanFlags& flags);

}  // namespace pgfleet
