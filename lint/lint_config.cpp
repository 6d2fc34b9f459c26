#include "lint/lint_config.h"

namespace pgfleet::lint {

bool LintConfig::fully_exempt(const QualifiedName& table) const {
    for (const auto& e : exemptions)
        if (e.table == table && e.rules.empty()) return true;
    return false;
}

const Exemption* LintConfig::exemption_for(const QualifiedName& table, const std::string& rule) const {
    for (const auto& e : exemptions)
        if (e.table == table && (e.rules.empty() || e.rules.count(rule))) return &e;
    return nullptr;
}

}  // namespace pgfleet::lint
