// zsh completion, generated from the command tree (see cli_model.h).
#include <sstream>

#include "cli/cli_model.h"

namespace pgfleet {
namespace {

// A word inside single quotes.
std::string zsh_quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Text inside an _arguments description ([...]) or a "name:description" pair.
std::string spec_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string value_action(const CliOption& o) {
    if (o.choices.empty()) return "_files";
    std::string list;
    for (const auto& c : o.choices) list += (list.empty() ? "" : " ") + spec_text(c);
    return "(" + list + ")";
}

// One _arguments spec per option: "(-o --output)"{-o,--output}"[desc]:TEXT:_files".
std::string option_spec(const CliOption& o) {
    std::vector<std::string> names = o.short_names;
    names.insert(names.end(), o.long_names.begin(), o.long_names.end());
    std::string tail = "[" + spec_text(o.description) + "]";
    if (o.takes_value()) tail += ":" + spec_text(o.value_name) + ":" + value_action(o);
    std::string repeat = o.repeats ? "*" : "";
    if (names.size() == 1) return zsh_quoted(repeat + names[0] + tail);
    std::string group, brace;
    for (const auto& n : names) {
        group += (group.empty() ? "" : " ") + n;
        brace += (brace.empty() ? "" : ",") + n;
    }
    return zsh_quoted(o.repeats ? "*" : "(" + group + ")") + "{" + brace + "}" + zsh_quoted(tail);
}

void write_zsh_command(std::ostringstream& out, const CliCommand& cmd) {
    out << "        (" << zsh_quoted(cmd.joined()) << ")\n";
    if (!cmd.subcommands.empty()) {
        out << "            subcommands=(";
        for (const auto& s : cmd.subcommands) out << " " << zsh_quoted(spec_text(s.name()) + ":" + spec_text(s.description));
        out << " )\n";
    }
    out << "            _arguments -s -S";
    for (const auto& o : cmd.options) out << " \\\n                " << option_spec(o);
    int index = 1;
    for (const auto& p : cmd.positionals)
        out << " \\\n                " << zsh_quoted((p.repeats ? "*" : std::to_string(index++)) + ":" + spec_text(p.positional) + ":" + value_action(p));
    if (!cmd.subcommands.empty())
        out << " \\\n                '1: :{_describe -t commands command subcommands}'";
    out << " ;;\n";
}

}  // namespace

std::string render_zsh_completion(const CliCommand& root) {
    const std::string fn = "_" + root.name();
    std::ostringstream out;
    out << "#compdef " << root.name() << "\n"
        << "# zsh completion for " << root.name() << "; generated from its command-line definitions, do not edit.\n\n"
        << fn << "_is_command() {\n    case \"$1\" in\n";
    for (const CliCommand* cmd : all_commands(root)) out << "        (" << zsh_quoted(cmd->joined()) << ") return 0 ;;\n";
    out << "    esac\n    return 1\n}\n\n"
        << fn << "_takes_value() {\n    case \"$1\" in\n";
    for (const CliCommand* cmd : all_commands(root)) {
        for (const auto& o : cmd->options) {
            if (!o.takes_value()) continue;
            std::vector<std::string> names = o.short_names;
            names.insert(names.end(), o.long_names.begin(), o.long_names.end());
            for (const auto& n : names) out << "        (" << zsh_quoted(cmd->joined() + " " + n) << ") return 0 ;;\n";
        }
    }
    out << "    esac\n    return 1\n}\n\n"
        // The subcommand path before the cursor; _arguments then sees only the last command's words.
        << fn << "() {\n"
        << "    local path=" << zsh_quoted(root.name()) << " word\n"
        << "    local -a subcommands\n"
        << "    integer i=2 start=1\n"
        << "    while (( i < CURRENT )); do\n"
        << "        word=${words[i]}\n"
        << "        if " << fn << "_takes_value \"$path $word\"; then (( i += 2 )); continue; fi\n"
        << "        if [[ $word != -* ]] && " << fn << "_is_command \"$path $word\"; then\n"
        << "            path=\"$path $word\"; start=$i\n"
        << "        fi\n"
        << "        (( i++ ))\n"
        << "    done\n"
        << "    words=(\"${(@)words[start,-1]}\")\n"
        << "    (( CURRENT = CURRENT - start + 1 ))\n"
        << "    case $path in\n";
    for (const CliCommand* cmd : all_commands(root)) write_zsh_command(out, *cmd);
    out << "    esac\n}\n\n"
        << "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
        << "    " << fn << " \"$@\"\n"
        << "else\n"
        << "    compdef " << fn << " " << root.name() << "\n"
        << "fi\n";
    return out.str();
}

}  // namespace pgfleet
