#include "cli/cli_model.h"

#include <CLI/CLI.hpp>

namespace pgfleet {
namespace {

// CLI11 spells an option's value as "TEXT:{a,b,c}" when an IsMember check is attached.
void read_value_name(const CLI::Option& opt, CliOption& out) {
    if (opt.get_type_size() == 0) return;  // a flag (as CLI11's own help decides)
    std::string full = opt.get_type_name();
    size_t colon = full.find(':');
    out.value_name = full.substr(0, colon);
    if (out.value_name.empty()) out.value_name = "VALUE";
    for (size_t start = colon; start != std::string::npos; start = full.find(':', start + 1)) {
        size_t open = start + 1, close = full.find('}', open);
        if (open >= full.size() || full[open] != '{' || close == std::string::npos) continue;
        std::string set = full.substr(open + 1, close - open - 1);
        for (size_t b = 0; b <= set.size();) {
            size_t e = set.find(',', b);
            if (e == std::string::npos) e = set.size();
            if (e > b) out.choices.push_back(set.substr(b, e - b));
            b = e + 1;
        }
    }
}

CliOption describe_option(const CLI::Option& opt) {
    CliOption out;
    for (const auto& n : opt.get_lnames()) out.long_names.push_back("--" + n);
    for (const auto& n : opt.get_snames()) out.short_names.push_back("-" + n);
    if (opt.get_positional() && !opt.nonpositional()) out.positional = opt.get_name(true, false);
    out.description = opt.get_description();
    out.required = opt.get_required();
    out.repeats = opt.get_expected_max() > 1;
    read_value_name(opt, out);
    return out;
}

CliCommand describe(const CLI::App& app, std::vector<std::string> path) {
    CliCommand cmd;
    cmd.path = std::move(path);
    cmd.description = app.get_description();
    for (const CLI::Option* opt : app.get_options()) {
        CliOption o = describe_option(*opt);
        (o.positional.empty() ? cmd.options : cmd.positionals).push_back(std::move(o));
    }
    auto visible = [](const CLI::App* sub) { return !sub->get_group().empty(); };
    for (const CLI::App* sub : app.get_subcommands(visible)) {
        auto sub_path = cmd.path;
        sub_path.push_back(sub->get_name());
        cmd.subcommands.push_back(describe(*sub, std::move(sub_path)));
    }
    return cmd;
}

void collect(const CliCommand& cmd, std::vector<const CliCommand*>& out) {
    out.push_back(&cmd);
    for (const auto& sub : cmd.subcommands) collect(sub, out);
}

}  // namespace

std::string CliCommand::joined(const std::string& sep) const {
    std::string s;
    for (const auto& p : path) s += (s.empty() ? "" : sep) + p;
    return s;
}

CliCommand describe_cli(const CLI::App& app, const std::string& program) {
    return describe(app, {program});
}

std::vector<const CliCommand*> all_commands(const CliCommand& root) {
    std::vector<const CliCommand*> out;
    collect(root, out);
    return out;
}

}  // namespace pgfleet
