#include "fleet/config_waves.h"

#include <cmath>
#include <cstdlib>
#include <set>

#include "planner/online_policy.h"

namespace pgfleet {
namespace {

void read_share(YamlFields& f, const YAML::Node& wave, const char* key, double& out) {
    YAML::Node n = wave[key];
    if (!n) return;
    if (!n.IsScalar() || !parse_share(n.Scalar(), out))
        f.error(n, std::string(key) + " must be a share above 0 and at most 100%, such as 10% or 0.1");
}

void read_size(YamlFields& f, const YAML::Node& wave, const char* key, long long& out) {
    YAML::Node n = wave[key];
    if (!n) return;
    try {
        if (!n.IsScalar()) throw std::invalid_argument("");
        out = parse_bytes(n.Scalar());
    } catch (const std::exception&) {
        f.error(n, std::string(key) + " must be a size such as 500MB or 2GB");
    }
}

int selector_count(const YAML::Node& wave) {
    int n = 0;
    for (const char* key : {"tenants", "pattern", "share", "smallest", "max_size"})
        if (wave[key]) ++n;
    return n;
}

void read_wave(YamlFields& f, const YAML::Node& item, size_t position, WaveConfig& w) {
    w.name = "wave " + std::to_string(position + 1);
    f.read(item, "name", w.name);
    f.read(item, "tenants", w.tenants);
    f.read(item, "pattern", w.pattern);
    read_share(f, item, "share", w.share);
    read_share(f, item, "smallest", w.smallest);
    read_size(f, item, "max_size", w.max_bytes);
    f.read(item, "max_failures", w.max_failures, 0);
    if (YAML::Node n = item["max_failure_rate"]) {
        double rate = 0;
        // A rate of 0 is allowed here (no failure tolerated), unlike a share.
        if (n.IsScalar() && (n.Scalar() == "0" || n.Scalar() == "0%")) w.max_failure_rate = 0;
        else if (n.IsScalar() && parse_share(n.Scalar(), rate)) w.max_failure_rate = rate;
        else f.error(n, "max_failure_rate must be a share from 0 to 100%, such as 5% or 0.05");
    }
    f.read(item, "one_at_a_time", w.one_at_a_time);
    if (item["tenants"] && w.tenants.empty()) f.error(item["tenants"], "a wave's tenant list must not be empty");
    if (item["pattern"] && w.pattern.empty()) f.error(item["pattern"], "a wave's pattern must not be empty");
}

}  // namespace

bool parse_share(const std::string& text, double& share) {
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(v)) return false;
    std::string rest(end);
    if (rest == "%") v /= 100;
    else if (!rest.empty()) return false;
    if (v <= 0 || v > 1) return false;
    share = v;
    return true;
}

void read_waves_section(YamlFields& f, const YAML::Node& node, FleetConfig& c) {
    if (!node.IsSequence()) return f.error(node, "waves must be a list of waves");
    static const std::set<std::string> keys{"name",     "tenants",      "pattern",          "share",
                                            "smallest", "max_size",     "max_failures",     "max_failure_rate",
                                            "one_at_a_time"};
    std::set<std::string> names;
    for (size_t i = 0; i < node.size(); ++i) {
        const YAML::Node item = node[i];
        if (!f.check_map(item, "a wave", keys)) continue;
        WaveConfig w;
        read_wave(f, item, i, w);
        if (selector_count(item) > 1)
            f.error(item, "a wave takes one of tenants, pattern, share, smallest or max_size");
        else if (selector_count(item) == 0 && i + 1 < node.size())
            f.error(item, "only the last wave may go without tenants, pattern, share, smallest or max_size "
                          "(it takes every tenant left)");
        if (w.name == "canaries" && !c.canaries.empty())
            f.error(item["name"] ? item["name"] : item, "'canaries' names the wave of the canaries list; choose another name");
        else if (!names.insert(w.name).second)
            f.error(item["name"] ? item["name"] : item, "wave name '" + w.name + "' is used twice");
        c.waves.push_back(std::move(w));
    }
}

void read_coordination_section(YamlFields& f, const YAML::Node& node, FleetConfig& c) {
    if (!f.check_map(node, "coordination", {"wait"})) return;
    f.read_duration(node, "wait", c.coordination.wait_seconds);
}

}  // namespace pgfleet
