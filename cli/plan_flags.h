#pragma once
// Options shared by the commands that plan (plan, apply): owners and online DDL.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "planner/planner.h"

namespace pgfleet {

struct PlanFlags {
    bool manage_owners = false;
    bool ignore_column_order = false;
    std::string online = "auto";
    std::string online_threshold = "10MB";
    // --set name=value: session settings for loading files with DO blocks on the scratch server.
    std::vector<std::string> settings;
    // --prove: run the plan on a local throwaway copy of the current state first.
    bool prove = false;
};

void add_plan_flags(CLI::App* command, PlanFlags& flags);

// --set NAME=VALUE (repeatable), checked as it is read.
void add_setting_option(CLI::App* command, std::vector<std::string>& settings);

// Throws std::invalid_argument for a bad size.
PlanOptions plan_options(const PlanFlags& flags);

}  // namespace pgfleet
