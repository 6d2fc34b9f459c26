#include "fleet/yaml_fields.h"

#include <cmath>
#include <cstdlib>

namespace pgfleet {
namespace {

bool is_scalar(const YAML::Node& n) { return n.IsScalar(); }

}  // namespace

void YamlFields::error(const YAML::Mark& mark, const std::string& message) {
    // yaml-cpp marks are 0-based.
    errors_.push_back(path_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1) +
                      ": error: " + message);
}

bool YamlFields::check_map(const YAML::Node& node, const std::string& what, const std::set<std::string>& known) {
    if (!node.IsMap()) {
        error(node, what + " must be a mapping");
        return false;
    }
    std::set<std::string> seen;
    for (const auto& kv : node) {
        std::string key = kv.first.Scalar();
        // YAML parsers disagree on which of two equal keys wins; neither is taken silently.
        if (!seen.insert(key).second) error(kv.first, "duplicate key '" + key + "' in " + what);
        if (!known.count(key)) {
            std::string names;
            for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
            error(kv.first, "unknown key '" + key + "' in " + what + " (expected one of: " + names + ")");
        }
    }
    return true;
}

void YamlFields::read(const YAML::Node& map, const char* key, std::string& out) {
    YAML::Node n = map[key];
    if (!n) return;
    if (!is_scalar(n)) return error(n, std::string(key) + " must be a string");
    out = n.Scalar();
}

void YamlFields::read(const YAML::Node& map, const char* key, bool& out) {
    YAML::Node n = map[key];
    if (!n) return;
    const std::string& s = is_scalar(n) ? n.Scalar() : "";
    if (s == "true" || s == "yes") out = true;
    else if (s == "false" || s == "no") out = false;
    else error(n, std::string(key) + " must be true or false");
}

void YamlFields::read(const YAML::Node& map, const char* key, int& out, int min) {
    YAML::Node n = map[key];
    if (!n) return;
    const std::string s = is_scalar(n) ? n.Scalar() : "";
    char* end = nullptr;
    long v = s.empty() ? 0 : std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end || v < min || v > 1000000)
        return error(n, std::string(key) + " must be a whole number >= " + std::to_string(min));
    out = static_cast<int>(v);
}

void YamlFields::read(const YAML::Node& map, const char* key, double& out, double min, double max) {
    YAML::Node n = map[key];
    if (!n) return;
    const std::string s = is_scalar(n) ? n.Scalar() : "";
    char* end = nullptr;
    double v = s.empty() ? 0 : std::strtod(s.c_str(), &end);
    if (s.empty() || *end || !std::isfinite(v) || v < min || v > max)
        return error(n, std::string(key) + " must be a number between " + std::to_string(min).substr(0, 4) +
                            " and " + std::to_string(max).substr(0, 4));
    out = v;
}

void YamlFields::read(const YAML::Node& map, const char* key, std::vector<std::string>& out) {
    YAML::Node n = map[key];
    if (!n) return;
    if (!n.IsSequence()) return error(n, std::string(key) + " must be a list");
    out.clear();
    for (const auto& item : n) {
        if (!is_scalar(item)) error(item, std::string(key) + " entries must be strings");
        else out.push_back(item.Scalar());
    }
}

void YamlFields::read_duration(const YAML::Node& map, const char* key, double& seconds) {
    YAML::Node n = map[key];
    if (!n) return;
    double v = 0;
    if (!is_scalar(n) || !parse_duration(n.Scalar(), v))
        return error(n, std::string(key) + " must be a duration such as 500ms, 10s or 2m, at most 24 days");
    seconds = v;
}

bool parse_duration(const std::string& text, double& seconds) {
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(v) || v < 0) return false;
    std::string unit(end);
    double scale = unit.empty() || unit == "s" ? 1 : unit == "ms" ? 0.001 : unit == "m" ? 60 : unit == "h" ? 3600 : -1;
    if (scale < 0) return false;
    // PostgreSQL's timeouts are milliseconds in an int: about 24.8 days at most.
    constexpr double kMaxSeconds = 24 * 86400;
    if (v * scale > kMaxSeconds) return false;
    seconds = v * scale;
    return true;
}

}  // namespace pgfleet
