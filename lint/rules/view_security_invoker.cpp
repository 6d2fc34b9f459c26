// view-security-invoker: views over tenant tables run with the caller's rights.
#include <algorithm>
#include <cctype>

#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

// PostgreSQL's boolean reloption spellings (parse_bool): true, on, yes, 1 and their prefixes.
bool option_true(const std::vector<std::string>& options, const std::string& name) {
    for (const auto& o : options) {
        if (o.rfind(name + "=", 0) != 0) continue;
        std::string v = o.substr(name.size() + 1);
        std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
        return v == "on" || v == "1" || (!v.empty() && (std::string("true").rfind(v, 0) == 0 || std::string("yes").rfind(v, 0) == 0));
    }
    return false;
}

void check_view_security_invoker(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const auto& [name, v] : ctx.catalog.views) {
        if (!ctx.tenants.reads_tenant_rows(v)) continue;
        if (v.materialized)
            report(out, view_key(name),
                   "stores tenant rows outside row-level security; every reader sees every tenant's rows");
        else if (!option_true(v.options, "security_invoker"))
            report(out, view_key(name),
                   "reads tenant tables with its owner's rights, past their policies; create it WITH "
                   "(security_invoker = true)");
    }
}

}  // namespace

const Rule view_security_invoker{"view-security-invoker",
                                 "a view checks row-level security as its owner, who usually owns the tables too",
                                 RuleSeverity::Error, check_view_security_invoker};

}  // namespace pgfleet::lint::rules
