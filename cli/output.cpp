#include "cli/output.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <unistd.h>

namespace pgfleet {
namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool produces(const OutputOptions& o, const std::string& format) {
    return std::find(o.formats.begin(), o.formats.end(), format) != o.formats.end();
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

// A device, pipe or socket (-o /dev/null, -o /dev/stderr, a FIFO) is written to, never
// replaced by a file.
void write_in_place(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.flush();
    if (!out) throw std::runtime_error(path + ": cannot write the output");
}

// Written beside the file and renamed over it, so a failed write never leaves half a report.
// A symbolic link keeps pointing where it did: the file it names is the one replaced.
void replace_file(const std::string& given, const std::string& text) {
    std::error_code ec;
    auto status = std::filesystem::status(given, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        return write_in_place(given, text);
    std::filesystem::path path = given;
    for (int links = 0; links < 40 && std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec)); ++links) {
        std::filesystem::path target = std::filesystem::read_symlink(path, ec);
        if (ec) break;
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    std::string temporary = path.string() + ".pgfleet-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw std::runtime_error(given + ": cannot write the output");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw std::runtime_error(given + ": cannot write the output");
    }
}

}  // namespace

void add_output_options(CLI::App* cmd, OutputOptions& o, std::vector<std::string> formats, bool legacy_json) {
    o.formats = std::move(formats);
    cmd->add_option("--format", o.format, "Output format: " + joined(o.formats) + " (default " + o.formats.front() + ")")
        ->check(CLI::IsMember(o.formats));
    cmd->add_option("-o,--output", o.files,
                    "Write to FILE instead of stdout, in the format its extension names (.txt .sql .json .md .html); "
                    "repeatable; - is stdout")
        ->allow_extra_args(false);
    if (legacy_json)
        cmd->add_option("--json", o.legacy_json, "Also write the JSON form to FILE (older spelling of -o FILE.json -o -)")
            ->group("");
}

std::string format_for_extension(const std::string& path) {
    static const std::map<std::string, std::string> kByExtension = {
        {".txt", "text"}, {".text", "text"}, {".sql", "sql"}, {".json", "json"},
        {".md", "markdown"}, {".markdown", "markdown"}, {".html", "html"}, {".htm", "html"}};
    auto dot = path.rfind('.');
    auto slash = path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    auto it = kByExtension.find(lower(path.substr(dot)));
    return it == kByExtension.end() ? "" : it->second;
}

std::vector<OutputTarget> output_targets(const OutputOptions& o) {
    std::string fallback = o.format.empty() ? o.formats.front() : o.format;
    std::vector<OutputTarget> targets;
    bool to_stdout = o.files.empty();
    for (const auto& path : o.files) {
        if (path == "-") {
            to_stdout = true;
            continue;
        }
        std::string named = format_for_extension(path);
        if (!named.empty() && !produces(o, named))
            throw std::runtime_error("-o " + path + ": this command writes " + joined(o.formats) + ", not " + named);
        if (!named.empty() && !o.format.empty() && named != o.format)
            throw std::runtime_error("-o " + path + ": the extension says " + named + " but --format says " + o.format +
                                     " (drop --format, or name the file for the format)");
        targets.push_back({path, named.empty() ? fallback : named});
    }
    if (!o.legacy_json.empty()) {
        targets.push_back({o.legacy_json, "json"});
        to_stdout = true;
    }
    if (to_stdout) targets.push_back({"", fallback});
    return targets;
}

std::string stdout_format(const std::vector<OutputTarget>& targets) {
    for (const auto& t : targets)
        if (t.path.empty()) return t.format;
    return "";
}

bool stdout_wants_color(const std::vector<OutputTarget>& targets) {
    if (stdout_format(targets) != "text" || !isatty(STDOUT_FILENO) || std::getenv("NO_COLOR")) return false;
    for (const auto& t : targets)
        if (!t.path.empty() && t.format == "text") return false;
    return true;
}

void write_outputs(const std::vector<OutputTarget>& targets, const std::function<std::string(const std::string&)>& render) {
    std::map<std::string, std::string> rendered;
    auto text_of = [&](const std::string& format) -> const std::string& {
        auto it = rendered.find(format);
        if (it == rendered.end()) it = rendered.emplace(format, render(format)).first;
        return it->second;
    };
    for (const auto& t : targets) {
        if (t.path.empty()) {
            std::cout << text_of(t.format) << std::flush;
            continue;
        }
        replace_file(t.path, text_of(t.format));
        std::cerr << "wrote " << t.path << " (" << t.format << ")\n";
    }
}

}  // namespace pgfleet
