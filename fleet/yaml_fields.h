#pragma once
// Reading typed YAML values while collecting located errors (file:line:col: message).
#include <set>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace pgfleet {

class YamlFields {
public:
    explicit YamlFields(std::string path) : path_(std::move(path)) {}

    void error(const YAML::Mark& mark, const std::string& message);
    void error(const YAML::Node& node, const std::string& message) { error(node.Mark(), message); }
    const std::vector<std::string>& errors() const { return errors_; }

    // True when `node` is a mapping; reports keys outside `known` (at the key).
    bool check_map(const YAML::Node& node, const std::string& what, const std::set<std::string>& known);

    // Each reads map[key] into `out` when present and well-typed, else reports and keeps `out`.
    void read(const YAML::Node& map, const char* key, std::string& out);
    void read(const YAML::Node& map, const char* key, bool& out);
    void read(const YAML::Node& map, const char* key, int& out, int min);
    void read(const YAML::Node& map, const char* key, double& out, double min, double max);
    void read(const YAML::Node& map, const char* key, std::vector<std::string>& out);
    // A duration: a number of seconds or a string like "500ms", "10s", "2m", "1h".
    void read_duration(const YAML::Node& map, const char* key, double& seconds);

private:
    std::string path_;
    std::vector<std::string> errors_;
};

// Parses "500ms", "10s", "2m", "1h" or a plain number of seconds; false when malformed.
bool parse_duration(const std::string& text, double& seconds);

}  // namespace pgfleet
