#include "cli/lint_options.h"

#include "fleet/config_lint.h"

namespace pgfleet {

lint::LintConfig lint_config_or_defaults(const std::string& path) {
    return path.empty() ? lint::LintConfig{} : load_lint_config(path);
}

}  // namespace pgfleet
