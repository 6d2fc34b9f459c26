#pragma once
// Each subcommand registers itself on the app; its callback sets the process exit code.
#include <CLI/CLI.hpp>

namespace pgfleet {

void register_check(CLI::App& app, int& exit_code);
void register_plan(CLI::App& app, int& exit_code);
void register_show(CLI::App& app, int& exit_code);
void register_apply(CLI::App& app, int& exit_code);
void register_dump(CLI::App& app, int& exit_code);
void register_snapshot(CLI::App& app, int& exit_code);
void register_fleet(CLI::App& app, int& exit_code);
void register_tenant(CLI::App& app, int& exit_code);
void register_completion(CLI::App& app, int& exit_code);  // needs every other command registered first

// The fleet subcommands (cmd_fleet_*.cpp).
void add_fleet_plan(CLI::App& fleet, int& exit_code);
void add_fleet_apply(CLI::App& fleet, int& exit_code);
void add_fleet_drift(CLI::App& fleet, int& exit_code);
void add_fleet_snapshot(CLI::App& fleet, int& exit_code);

}  // namespace pgfleet
