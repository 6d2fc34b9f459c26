// bash completion, generated from the command tree (see cli_model.h).
#include <sstream>

#include "cli/cli_model.h"

namespace pgfleet {
namespace {

std::string words(const std::vector<std::string>& list) {
    std::string s;
    for (const auto& w : list) s += (s.empty() ? "" : " ") + w;
    return s;
}

std::vector<std::string> bash_option_names(const CliOption& o) {
    std::vector<std::string> names = o.short_names;
    names.insert(names.end(), o.long_names.begin(), o.long_names.end());
    return names;
}

// One case arm per command: its subcommands, its options, the options taking a value.
void write_bash_command(std::ostringstream& out, const CliCommand& cmd) {
    std::vector<std::string> subs, opts, valued;
    for (const auto& s : cmd.subcommands) subs.push_back(s.name());
    for (const auto& o : cmd.options) {
        auto names = bash_option_names(o);
        opts.insert(opts.end(), names.begin(), names.end());
        if (o.takes_value()) valued.insert(valued.end(), names.begin(), names.end());
    }
    out << "        \"" << cmd.joined() << "\")\n"
        << "            subs=\"" << words(subs) << "\"\n"
        << "            opts=\"" << words(opts) << "\"\n"
        << "            valued=\" " << words(valued) << " \"\n"
        << "            positionals=" << cmd.positionals.size() << "\n"
        << "            choices=(";
    for (const auto& p : cmd.positionals) out << " \"" << words(p.choices) << "\"";
    out << " ) ;;\n";
}

// The values an option takes: its choices, else file names.
void write_values(std::ostringstream& out, const CliCommand& root) {
    out << "    case \"$path $prev\" in\n";
    for (const CliCommand* cmd : all_commands(root)) {
        for (const auto& o : cmd->options) {
            if (!o.takes_value()) continue;
            std::string pattern;
            for (const auto& n : bash_option_names(o)) pattern += (pattern.empty() ? "" : "|") + ("\"" + cmd->joined() + " " + n + "\"");
            out << "        " << pattern << ")\n";
            if (o.choices.empty())
                out << "            compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
            else
                out << "            COMPREPLY=($(compgen -W \"" << words(o.choices) << "\" -- \"$cur\")); return ;;\n";
        }
    }
    out << "    esac\n";
}

}  // namespace

std::string render_bash_completion(const CliCommand& root) {
    const std::string fn = "_" + root.name();
    std::ostringstream out;
    out << "# bash completion for " << root.name() << "; generated from its command-line definitions, do not edit.\n"
        << fn << "_command() {\n    case \"$1\" in\n";
    for (const CliCommand* cmd : all_commands(root)) write_bash_command(out, *cmd);
    out << "        *) return 1 ;;\n    esac\n}\n\n"
        << fn << "() {\n"
        << "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" path=\"" << root.name() << "\"\n"
        << "    local subs opts valued positionals seen=0 i word\n"
        << "    local -a choices\n"
        << "    " << fn << "_command \"$path\"\n"
        // Walk the words before the cursor: subcommands extend the path, option values are skipped.
        << "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        << "        word=\"${COMP_WORDS[i]}\"\n"
        << "        if [[ \"$valued\" == *\" $word \"* ]]; then ((i++)); continue; fi\n"
        << "        [[ \"$word\" == -* ]] && continue\n"
        << "        if [[ \" $subs \" == *\" $word \"* ]]; then\n"
        << "            path=\"$path $word\"; seen=0; " << fn << "_command \"$path\"\n"
        << "        else\n"
        << "            ((seen++))\n"
        << "        fi\n"
        << "    done\n"
        << "    ((COMP_CWORD > 1)) && prev=\"${COMP_WORDS[COMP_CWORD - 1]}\"\n"
        << "    if [[ \"$valued\" == *\" $prev \"* ]]; then\n";
    write_values(out, root);
    out << "    fi\n"
        << "    if [[ \"$cur\" == -* ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
        << "    elif [[ -n \"$subs\" ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"$subs\" -- \"$cur\"))\n"
        << "    elif ((seen < positionals)) && [[ -n \"${choices[seen]}\" ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"${choices[seen]}\" -- \"$cur\"))\n"
        << "    elif ((seen < positionals)); then\n"
        << "        compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))\n"
        << "    else\n"
        << "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
        << "    fi\n"
        << "}\n"
        << "complete -F " << fn << " " << root.name() << "\n";
    return out.str();
}

}  // namespace pgfleet
