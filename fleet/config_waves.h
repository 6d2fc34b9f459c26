#pragma once
// The `waves:` and `coordination:` sections of pgfleet.yaml.
#include "fleet/config.h"
#include "fleet/yaml_fields.h"

namespace pgfleet {

// Reads `waves:` into config.waves, reporting every mistake at its place: unknown keys, two
// selectors in one wave, a share outside (0, 100%], a wave without a selector before the last.
void read_waves_section(YamlFields& f, const YAML::Node& node, FleetConfig& config);

// Reads `coordination:` (wait).
void read_coordination_section(YamlFields& f, const YAML::Node& node, FleetConfig& config);

// "10%" or 0.1 as a share in (0, 1]; false when malformed or out of range.
bool parse_share(const std::string& text, double& share);

}  // namespace pgfleet
