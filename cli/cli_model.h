#pragma once
// The command line as data, read from the CLI11 definitions themselves, so the man page and
// the shell completions are generated from what the parser accepts and cannot drift from it.
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace pgfleet {

struct CliOption {
    std::vector<std::string> long_names;   // "--format"
    std::vector<std::string> short_names;  // "-o"
    std::string positional;                // the positional's name ("schema"); empty for options
    std::string description;
    std::string value_name;                // "TEXT", "INT"; empty for flags
    std::vector<std::string> choices;      // from CLI::IsMember checks
    bool required = false;
    bool repeats = false;                  // accepted more than once (a list)
    bool takes_value() const { return !value_name.empty(); }
};

struct CliCommand {
    std::vector<std::string> path;         // {"pgfleet", "fleet", "plan"}
    std::string description;
    std::vector<CliOption> options;        // options and flags, in declaration order
    std::vector<CliOption> positionals;
    std::vector<CliCommand> subcommands;   // visible ones, in declaration order
    std::string name() const { return path.back(); }
    std::string joined(const std::string& sep = " ") const;
};

// Walks the app and its visible subcommands (a subcommand in the "" group is hidden).
CliCommand describe_cli(const CLI::App& app, const std::string& program);

// Every command of the tree, depth first, the root first.
std::vector<const CliCommand*> all_commands(const CliCommand& root);

// The generated documents; the same tree gives byte-identical output.
std::string render_man_page(const CliCommand& root, const std::string& version);
std::string render_bash_completion(const CliCommand& root);
std::string render_zsh_completion(const CliCommand& root);

}  // namespace pgfleet
