// pgfleet(1), generated from the command tree (see cli_model.h).
#include <cctype>
#include <sstream>

#include "cli/cli_model.h"

namespace pgfleet {
namespace {

// roff text: backslashes and hyphens escaped, no line may start with a control character.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

std::string sentence(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

bool is_help(const CliOption& o) {
    return o.long_names.size() == 1 && o.long_names[0] == "--help";
}

// "\fB\-o\fR, \fB\-\-output\fR \fITEXT\fR"
std::string option_label(const CliOption& o) {
    std::string label;
    for (const auto& n : o.short_names) label += (label.empty() ? "" : ", ") + ("\\fB" + roff(n) + "\\fR");
    for (const auto& n : o.long_names) label += (label.empty() ? "" : ", ") + ("\\fB" + roff(n) + "\\fR");
    if (o.takes_value()) {
        std::string value = o.choices.empty() ? o.value_name : "{";
        if (!o.choices.empty()) {
            for (size_t i = 0; i < o.choices.size(); ++i) value += (i ? "|" : "") + o.choices[i];
            value += "}";
        }
        label += " \\fI" + roff(value) + "\\fR";
    }
    return label;
}

std::string synopsis(const CliCommand& cmd) {
    std::string s = "\\fB" + roff(cmd.joined()) + "\\fR";
    for (const auto& p : cmd.positionals) {
        std::string arg = "\\fI" + roff(p.positional) + "\\fR" + (p.repeats ? "..." : "");
        s += " " + (p.required ? arg : "[" + arg + "]");
    }
    if (!cmd.subcommands.empty()) s += " \\fIcommand\\fR";
    for (const auto& o : cmd.options) {
        if (is_help(o) || !o.required) continue;
        const std::string& name = o.long_names.empty() ? o.short_names.front() : o.long_names.front();
        s += " \\fB" + roff(name) + "\\fR" + (o.takes_value() ? " \\fI" + roff(o.value_name) + "\\fR" : "");
    }
    bool optional = false;
    for (const auto& o : cmd.options) optional = optional || (!is_help(o) && !o.required);
    return optional ? s + " [\\fIoptions\\fR]" : s;
}

void write_options(std::ostringstream& out, const CliCommand& cmd, bool with_help) {
    for (const auto& o : cmd.options) {
        if (is_help(o) && !with_help) continue;
        out << ".TP\n" << option_label(o) << (o.required ? " (required)" : "") << "\n"
            << roff(o.description) << "\n";
    }
    for (const auto& p : cmd.positionals)
        out << ".TP\n\\fI" << roff(p.positional) << "\\fR\n" << roff(p.description) << "\n";
}

void write_man_command(std::ostringstream& out, const CliCommand& cmd) {
    out << ".SS \"" << roff(cmd.joined()) << "\"\n" << roff(cmd.description) << ".\n.PP\n" << synopsis(cmd) << "\n";
    if (!cmd.subcommands.empty()) {
        out << ".PP\nCommands:";
        for (const auto& sub : cmd.subcommands) out << " \\fB" << roff(sub.name()) << "\\fR";
        out << ".\n";
    }
    write_options(out, cmd, false);
}

}  // namespace

std::string render_man_page(const CliCommand& root, const std::string& version) {
    std::ostringstream out;
    std::string program = root.name();
    std::string summary = root.description;
    if (summary.rfind(program + ": ", 0) == 0) summary = summary.substr(program.size() + 2);
    std::string upper;
    for (char c : program) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out << ".\\\" Generated from the command-line definitions by " << program << " manpage; do not edit.\n"
        << ".TH " << upper << " 1 \"\" \"" << roff(program + " " + version) << "\" \"User Commands\"\n"
        << ".SH NAME\n" << roff(program) << " \\- " << roff(summary) << "\n"
        << ".SH SYNOPSIS\n" << synopsis(root) << "\n"
        << ".SH DESCRIPTION\n" << roff(sentence(summary)) << ".\n"
        << "Every command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR.\n"
        << ".SH OPTIONS\n";
    write_options(out, root, true);
    out << ".SH COMMANDS\n";
    for (const CliCommand* cmd : all_commands(root))
        if (cmd != &root) write_man_command(out, *cmd);
    out << ".SH SEE ALSO\n\\fBpsql\\fR(1), \\fBpg_dump\\fR(1); /usr/share/doc/" << roff(program)
        << "/README.md\n";
    return out.str();
}

}  // namespace pgfleet
