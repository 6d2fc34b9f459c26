// The list of rules, and what rule files use to report.
#include "lint/rules/rules.h"

namespace pgfleet::lint {

const std::vector<const Rule*>& all_rules() {
    static const std::vector<const Rule*> rules{
        &rules::tenant_column,      &rules::tenant_column_not_null,       &rules::tenant_column_type,
        &rules::rls_enabled,        &rules::rls_forced,                   &rules::policy_coverage,
        &rules::policy_tenant_predicate, &rules::policy_unscoped,         &rules::key_includes_tenant,
        &rules::fk_includes_tenant, &rules::tenant_index,                 &rules::security_definer_search_path,
        &rules::security_definer_owner,
        &rules::shadowed_builtin,   &rules::rewrite_rule,
        &rules::view_security_invoker, &rules::no_public_grant,           &rules::suppression,
    };
    return rules;
}

const Rule* find_rule(const std::string& id) {
    for (const Rule* r : all_rules())
        if (id == r->id) return r;
    return nullptr;
}

Finding& report(std::vector<Finding>& out, const ObjectKey& object, const QualifiedName& table, std::string message,
                std::vector<std::string> settings) {
    Finding& f = report(out, object, std::move(message), std::move(settings));
    f.table = table;
    return f;
}

Finding& report(std::vector<Finding>& out, const ObjectKey& object, std::string message,
                std::vector<std::string> settings) {
    Finding f;
    f.object = object;
    f.message = std::move(message);
    f.settings = std::move(settings);
    out.push_back(std::move(f));
    return out.back();
}

}  // namespace pgfleet::lint
