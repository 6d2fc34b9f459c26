#pragma once
// The `lint:` section of pgfleet.yaml: tenant-isolation rule settings.
#include <string>

#include "fleet/yaml_fields.h"
#include "lint/lint_config.h"

namespace pgfleet {

// Reads the section into `config`, reporting unknown keys, rule ids and severities, and
// exemptions without a reason through `f`.
void read_lint_section(YamlFields& f, const YAML::Node& node, lint::LintConfig& config);

// The lint settings of a configuration file, for commands that need nothing else from it
// (check, plan): the other sections are not required, but the keys must be known. Throws
// ConfigError listing every problem.
lint::LintConfig load_lint_config(const std::string& path);

}  // namespace pgfleet
