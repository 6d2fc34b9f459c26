#include "cli/plan_flags.h"

#include "introspect/scratch_load.h"

namespace pgfleet {

void add_plan_flags(CLI::App* cmd, PlanFlags& f) {
    cmd->add_flag("--manage-owners", f.manage_owners,
                  "Compare owners everywhere (undeclared owner = the role running the migration)");
    cmd->add_flag("--ignore-column-order", f.ignore_column_order,
                  "Leave columns in the order the database has them; by default a table whose columns would end "
                  "in another order than declared is rebuilt with its rows (hazard table_rewrite)");
    cmd->add_option("--online", f.online,
                    "Online DDL (CONCURRENTLY, NOT VALID + VALIDATE): auto (by table size), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    cmd->add_option("--online-threshold", f.online_threshold,
                    "In auto mode, tables at least this large get online DDL (e.g. 10MB)");
    add_setting_option(cmd, f.settings);
    cmd->add_flag("--prove", f.prove,
                  "Before anything touches the target, rebuild its current state in a local throwaway PostgreSQL "
                  "of its major, run the plan there and require the result to be the desired state");
}

void add_setting_option(CLI::App* cmd, std::vector<std::string>& settings) {
    cmd->add_option("--set", settings,
                    "NAME=VALUE: a session setting for loading files with DO blocks on the local throwaway "
                    "PostgreSQL (what the schema's triggers read with current_setting); repeatable")
        ->each([](const std::string& s) { split_setting(s); });
}

PlanOptions plan_options(const PlanFlags& f) {
    PlanOptions options;
    options.manage_owners = f.manage_owners;
    options.diff.ignore_column_order = f.ignore_column_order;
    options.online.mode = f.online == "always" ? OnlineMode::Always
                          : f.online == "never" ? OnlineMode::Never
                                                : OnlineMode::Auto;
    options.online.threshold_bytes = parse_bytes(f.online_threshold);
    return options;
}

}  // namespace pgfleet
