#pragma once
// Each subcommand registers itself on the app; its callback sets the process exit code.
#include <CLI/CLI.hpp>

namespace pgfleet {

void register_check(CLI::App& app, int& exit_code);
void register_plan(CLI::App& app, int& exit_code);
void register_apply(CLI::App& app, int& exit_code);
void register_dump(CLI::App& app, int& exit_code);
void register_snapshot(CLI::App& app, int& exit_code);

}  // namespace pgfleet
