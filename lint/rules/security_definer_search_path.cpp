// security-definer-search-path: SECURITY DEFINER routines pin search_path.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

void check_security_definer_search_path(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const auto& [key, f] : ctx.catalog.functions) {
        if (!f.security_definer) continue;
        bool pinned = false;
        for (const auto& setting : f.config) pinned |= setting.rfind("search_path=", 0) == 0;
        if (!pinned)
            report(out, key,
                   "is SECURITY DEFINER without SET search_path; pin it (SET search_path = pg_catalog, pg_temp) and "
                   "qualify the names it uses");
    }
}

}  // namespace

const Rule security_definer_search_path{
    "security-definer-search-path",
    "a definer routine resolving names through the caller's search_path runs the caller's objects with the owner's rights",
    RuleSeverity::Error, check_security_definer_search_path};

}  // namespace pgfleet::lint::rules
