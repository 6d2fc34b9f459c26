// pgfleet completion bash|zsh and the hidden pgfleet manpage: documents generated from the
// command tree itself, so they list exactly what the parser accepts.
#include <iostream>
#include <memory>

#include "cli/cli_model.h"
#include "cli/commands.h"

namespace pgfleet {

void register_completion(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("completion", "Print a shell completion script (bash or zsh)");
    auto shell = std::make_shared<std::string>();
    cmd->add_option("shell", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh"}));
    cmd->callback([&app, shell] {
        CliCommand root = describe_cli(app, "pgfleet");
        std::cout << (*shell == "bash" ? render_bash_completion(root) : render_zsh_completion(root));
    });
    // Hidden (the "" group): the build runs it to write pgfleet.1.
    auto* man = app.add_subcommand("manpage", "Print the pgfleet(1) manual page")->group("");
    man->callback([&app] { std::cout << render_man_page(describe_cli(app, "pgfleet"), PGFLEET_VERSION); });
}

}  // namespace pgfleet
