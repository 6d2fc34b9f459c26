// The man page and the shell completions generated from the command definitions: every
// command and option the parser's own --help shows is documented, the page renders cleanly,
// and the completion scripts complete what a user types, run in real bash and zsh.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "tests/support/pg_server.h"

using namespace pgfleet::testing;

namespace {

std::string pgfleet_output(const std::string& args) {
    std::string out;
    int code = run_command(std::string(PGFLEET_BINARY) + " " + args + " 2>&1", &out);
    INFO(args << "\n" << out);
    REQUIRE(code == 0);
    return out;
}

// CLI11's --help: the options ("  -o,--output TEXT  ...") and the subcommand names.
struct Help {
    std::set<std::string> options, subcommands;
};

// Option names at the start of a help line ("  -o,--output TEXT  Write ..."), up to the
// description; CLI11 versions align and spell these lines differently.
void read_option_names(const std::string& line, std::set<std::string>& out) {
    std::istringstream words(line);
    for (std::string word; words >> word;) {
        if (word[0] == '-') {
            std::istringstream names(word);
            for (std::string name; std::getline(names, name, ',');)
                if (name.size() > 1 && name[0] == '-') out.insert(name);
        } else if (!std::isupper(static_cast<unsigned char>(word[0])) && word[0] != '{' && word[0] != '[') {
            return;  // the description
        }
    }
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

Help read_help(const std::string& path) {
    Help help;
    std::istringstream in(pgfleet_output(path + " --help"));
    std::string line, section;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] != ' ') {
            section = lower(line);
            continue;
        }
        size_t first = line.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        if (section.rfind("options", 0) == 0 && line[first] == '-') {
            read_option_names(line, help.options);
        } else if (section.rfind("subcommands", 0) == 0 && first == 2) {
            help.subcommands.insert(line.substr(2, line.find(' ', 2) - 2));
        }
    }
    return help;
}

// The man page's section of one command: from its .SS line to the next.
std::string man_section(const std::string& page, const std::string& command) {
    std::string heading = ".SS \"" + command + "\"\n";
    size_t start = page.find(heading);
    if (start == std::string::npos) return "";
    size_t end = page.find(".SS ", start + heading.size());
    return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string unescape_roff(std::string s) {
    return std::regex_replace(s, std::regex(R"(\\-)"), "-");
}

std::string temp_dir() {
    auto dir = std::filesystem::temp_directory_path() / ("pgfleet-docs-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::string write_file(const std::string& path, const std::string& content) {
    std::ofstream(path) << content;
    return path;
}

}  // namespace

TEST_CASE("the man page documents every command and option --help shows", "[unit][docs]") {
    std::string page = unescape_roff(pgfleet_output("manpage"));
    std::vector<std::string> queue{""};
    std::set<std::string> commands;
    while (!queue.empty()) {
        std::string path = queue.back();
        queue.pop_back();
        Help help = read_help(path);
        std::string name = "pgfleet" + path;
        std::string section = path.empty() ? page.substr(0, page.find(".SH COMMANDS")) : man_section(page, name);
        INFO("command: " << name);
        REQUIRE(!section.empty());
        commands.insert(name);
        for (const auto& opt : help.options) {
            if (!path.empty() && (opt == "--help" || opt == "-h")) continue;  // said once, for every command
            INFO("option " << opt);
            CHECK(std::regex_search(section, std::regex("\\\\fB" + opt + "\\\\fR")));
        }
        for (const auto& sub : help.subcommands) queue.push_back(path + " " + sub);
    }
    // The walk reached the nested subcommands too.
    CHECK(commands.count("pgfleet fleet plan"));
    CHECK(commands.count("pgfleet tenant create"));
    CHECK(commands.count("pgfleet completion"));
}

TEST_CASE("the man page renders without warnings", "[unit][docs]") {
    std::string dir = temp_dir();
    std::string page = write_file(dir + "/pgfleet.1", pgfleet_output("manpage"));
    std::string warnings;
    REQUIRE(run_command("groff -man -Tutf8 -ww -z " + page + " 2>&1", &warnings) == 0);
    CHECK(warnings.empty());
    std::string text;
    REQUIRE(run_command("groff -man -Tutf8 -P-cbou " + page + " 2>/dev/null", &text) == 0);
    CHECK(text.find("pgfleet fleet plan") != std::string::npos);
    CHECK(text.find("--format {text|sql|json|markdown}") != std::string::npos);
    std::filesystem::remove_all(dir);
}

namespace {

// Completions bash offers after the words typed so far; the last word is being completed.
std::set<std::string> bash_complete(const std::string& script, const std::string& typed) {
    std::istringstream split(typed);
    std::string words;
    for (std::string w; split >> w;) words += shell_quote(w) + " ";
    if (typed.empty() || typed.back() == ' ') words += "''";
    std::string body = "source " + script + "\nCOMP_WORDS=(" + words + ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n" +
                       "_pgfleet\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    std::string out;
    REQUIRE(run_command("bash -c " + shell_quote(body), &out) == 0);
    std::set<std::string> completions;
    std::istringstream in(out);
    for (std::string w; std::getline(in, w);)
        if (!w.empty()) completions.insert(w);
    return completions;
}

}  // namespace

TEST_CASE("bash completion completes commands, options and their values", "[unit][docs]") {
    std::string dir = temp_dir();
    std::string script = write_file(dir + "/pgfleet.bash", pgfleet_output("completion bash"));
    using S = std::set<std::string>;
    CHECK(bash_complete(script, "pgfleet fl") == S{"fleet"});
    CHECK(bash_complete(script, "pgfleet fleet ") == S{"apply", "drift", "plan", "snapshot"});
    CHECK(bash_complete(script, "pgfleet plan --fo") == S{"--format"});
    CHECK(bash_complete(script, "pgfleet plan --format ") == S{"json", "markdown", "sql", "text"});
    CHECK(bash_complete(script, "pgfleet tenant drop --con") == S{"--config", "--confirm"});
    CHECK(bash_complete(script, "pgfleet completion ") == S{"bash", "zsh"});
    write_file(dir + "/schema_a.sql", "");
    CHECK(bash_complete(script, "pgfleet plan " + dir + "/schema_") == S{dir + "/schema_a.sql"});
    CHECK(bash_complete(script, "pgfleet check --config " + dir + "/schema_") == S{dir + "/schema_a.sql"});
    // An option's value is not the positional: SCHEMA is still to come after --format json.
    CHECK(bash_complete(script, "pgfleet plan --format json " + dir + "/schema_") == S{dir + "/schema_a.sql"});
    CHECK(bash_complete(script, "pgfleet plan " + dir + "/schema_a.sql " + dir + "/schema_").empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("zsh completion hands _arguments the command's own options", "[unit][docs]") {
    REQUIRE(run_command("command -v zsh >/dev/null") == 0);
    std::string dir = temp_dir();
    std::string script = write_file(dir + "/_pgfleet", pgfleet_output("completion zsh"));
    // _arguments stands in for zsh's: it prints the words it would see and the specs it was given.
    auto complete = [&](const std::string& words) {
        std::string body = "compdef() { :; }\n"
                           "_arguments() { print -r -- \"words=${words[*]} current=$CURRENT\"; printf '%s\\n' \"$@\"; }\n"
                           "source " + script + "\nwords=(" + words + ")\nCURRENT=${#words}\n_pgfleet\n";
        std::string out;
        REQUIRE(run_command("zsh -f -c " + shell_quote(body), &out) == 0);
        return out;
    };
    // _arguments sees the words from the last command on ("fleet plan" -> "plan ...").
    std::string fleet_plan = complete("pgfleet fleet plan --schema tenant --q");
    CHECK(fleet_plan.find("words=plan --schema tenant --q current=4\n") == 0);
    CHECK(fleet_plan.find("\n(-q --quiet)-q[") != std::string::npos);
    CHECK(fleet_plan.find("\n(-q --quiet)--quiet[") != std::string::npos);
    CHECK(fleet_plan.find("\n--snapshots[") != std::string::npos);
    std::string plan = complete("pgfleet plan schemas/ --onl");
    CHECK(plan.find("words=plan schemas/ --onl current=3\n") == 0);
    CHECK(std::regex_search(plan, std::regex("\n--online\\[[^\n]*\\]:TEXT:\\(auto always never\\)\n")));
    CHECK(plan.find("\n1:schema:_files") != std::string::npos);
    std::string top = complete("pgfleet ''");
    CHECK(top.find("words=pgfleet  current=2\n") == 0);
    CHECK(top.find("1: :{_describe -t commands command subcommands}") != std::string::npos);
    std::string shell = complete("pgfleet completion ''");
    CHECK(shell.find("1:shell:(bash zsh)") != std::string::npos);
    std::filesystem::remove_all(dir);
}
