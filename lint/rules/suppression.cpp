// suppression: `pgfleet:allow` comments name known rules and say why. The runner checks
// them (lint/suppressions.cpp); this file only declares the rule.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {

const Rule suppression{"suppression",
                       "a suppression without a reason cannot be reviewed, and one naming no rule hides nothing",
                       RuleSeverity::Error, nullptr};

}  // namespace pgfleet::lint::rules
