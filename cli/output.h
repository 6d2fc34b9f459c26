#pragma once
// How every command chooses where its output goes and in which format: --format names the
// format of stdout, each -o FILE gets the format its extension names (.txt, .sql, .json, .md,
// .html; any other extension takes --format), and writing a file replaces stdout unless
// `-o -` asks for both.
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pgfleet {

struct OutputOptions {
    std::string format;               // --format; "" when not given
    std::vector<std::string> files;   // -o, in order; "-" is stdout
    std::string legacy_json;          // --json FILE (older flag): JSON to FILE, stdout as usual
    std::vector<std::string> formats;  // what the command can produce; the first is the default
};

// Adds --format and -o/--output (and, with `legacy_json`, the older --json FILE).
void add_output_options(CLI::App* command, OutputOptions& options, std::vector<std::string> formats,
                        bool legacy_json = false);

// One place output goes: a file, or stdout when `path` is empty.
struct OutputTarget {
    std::string path;
    std::string format;
};

// "json" for "x.json", "markdown" for "x.md", ...; "" for an extension no format claims.
std::string format_for_extension(const std::string& path);

// Where the output goes, checked: an extension naming a format the command does not produce,
// or one that contradicts --format, is an error (std::runtime_error naming the file).
std::vector<OutputTarget> output_targets(const OutputOptions& options);

// The format stdout gets, or "" when everything goes to files.
std::string stdout_format(const std::vector<OutputTarget>& targets);

// True when stdout is a terminal that gets text, NO_COLOR is unset and no file gets text
// (a format is rendered once for all its targets, and files never get colour).
bool stdout_wants_color(const std::vector<OutputTarget>& targets);

// Renders each format once and writes it to every target (a file is replaced whole; a
// failure names the file). Says "wrote FILE" on stderr for each file.
void write_outputs(const std::vector<OutputTarget>& targets, const std::function<std::string(const std::string&)>& render);

}  // namespace pgfleet
