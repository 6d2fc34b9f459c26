#pragma once
// The lint settings commands use: the `lint:` section of a pgfleet.yaml, or the defaults.
#include <string>

#include "lint/lint_config.h"

namespace pgfleet {

// Reads `path` (ConfigError on problems); an empty path gives the defaults.
lint::LintConfig lint_config_or_defaults(const std::string& path);

}  // namespace pgfleet
