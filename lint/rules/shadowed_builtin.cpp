// shadowed-builtin: no routine outside pg_catalog takes the name of one the tenant setting
// calls (current_setting), and no operator outside it is named = (the tenant comparison).
#include <cctype>
#include <regex>
#include <set>

#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

// The functions the configured tenant setting calls ("current_setting('app.tenant_id')").
std::set<std::string> called_functions(const std::string& setting) {
    std::set<std::string> out;
    static const std::regex call(R"(([A-Za-z_][A-Za-z0-9_$]*)\s*\()");
    // The setting is a short configured expression, never input-sized.
    for (auto it = std::sregex_iterator(setting.begin(), setting.end(), call); it != std::sregex_iterator(); ++it) {
        std::string name = (*it)[1];
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.insert(name);
    }
    return out;
}

// Operators are not modeled: they come as "schema.=" (the database's unmodeled list, or the
// desired state's CREATE OPERATOR statements, located).
void check_shadowed_operators(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const auto& ignored : ctx.ignored) {
        const std::string& name = ignored.object.name;
        size_t dot = name.rfind('.');
        if (ignored.object.kind != "operator" || dot == std::string::npos || name.substr(dot + 1) != "=") continue;
        if (name.substr(0, dot) == "pg_catalog") continue;
        Finding& f = out.emplace_back();
        f.message = "operator " + name +
                    " takes the name of the = that compares " + ctx.config.tenant_column +
                    " in the policies: under a search_path that puts " + name.substr(0, dot) +
                    " before pg_catalog, an operator on the same types decides which rows are the tenant's; drop it "
                    "or give it another name";
        f.location = ignored.location;
    }
}

void check_shadowed_builtin(const RuleContext& ctx, std::vector<Finding>& out) {
    std::set<std::string> names = called_functions(ctx.config.tenant_setting);
    if (ctx.tenants.tables().empty()) return;
    check_shadowed_operators(ctx, out);
    for (const auto& [key, f] : ctx.catalog.functions) {
        if (f.name.schema == "pg_catalog" || !names.count(f.name.name)) continue;
        report(out, key,
               "takes the name of pg_catalog." + f.name.name +
                   ", which the tenant predicate calls: under a search_path that puts " + f.name.schema +
                   " before pg_catalog, policies and the application call this one instead; rename it");
    }
}

}  // namespace

const Rule shadowed_builtin{"shadowed-builtin",
                            "a function that takes a built-in's name can stand in for it in the tenant comparison, "
                            "and decide which rows are the tenant's",
                            RuleSeverity::Error, check_shadowed_builtin};

}  // namespace pgfleet::lint::rules
