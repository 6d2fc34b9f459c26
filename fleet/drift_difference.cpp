#include "fleet/drift_difference.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "catalog/object_access.h"
#include "differ/differ.h"
#include "lint/lint.h"

namespace pgfleet {
namespace {

bool has(const std::vector<std::string>& attributes, const std::string& name) {
    return std::find(attributes.begin(), attributes.end(), name) != attributes.end();
}

// The desired object has this boolean field set (RLS enabled, NOT NULL, ...).
bool desired_true(const Catalog& desired, const ObjectKey& key, const char* field) {
    nlohmann::json j = object_json(desired, key);
    return j.is_object() && j.contains(field) && j[field].is_boolean() && j[field].get<bool>();
}

// Reported findings on the tenant that the desired schema does not have.
std::vector<lint::Finding> new_findings(const Catalog& tenant, const Catalog& desired, const lint::LintConfig& config) {
    auto key = [](const lint::Finding& f) { return std::make_tuple(f.rule, f.object, f.message); };
    std::set<decltype(key(std::declval<lint::Finding>()))> known;
    for (const auto& f : lint::run(desired, config))
        if (f.reported()) known.insert(key(f));
    std::vector<lint::Finding> out;
    for (auto& f : lint::run(tenant, config))
        if (f.reported() && !known.count(key(f))) out.push_back(std::move(f));
    return out;
}

// The table a column, constraint, policy or trigger key belongs to.
bool on_table(const ObjectKey& key, const ObjectKey& table) {
    switch (key.kind) {
        case ObjectKind::Column:
        case ObjectKind::Constraint:
        case ObjectKind::Policy:
        case ObjectKind::Trigger:
        case ObjectKind::Default:
            return key.schema == table.schema && key.name == table.name;
        default: return false;
    }
}

// An alteration of nothing but a comment or an owner weakens nothing, whatever the object.
bool only_annotations(const Change& c) {
    if (c.action != ChangeAction::Alter || c.replace || c.attributes.empty()) return false;
    for (const auto& a : c.attributes)
        if (a != "comment" && a != "owner") return false;
    return true;
}

bool weakens_isolation(const Change& c, const Catalog& desired, const std::vector<lint::Finding>& found,
                       const lint::LintConfig& config) {
    if (only_annotations(c)) return false;
    if (c.key.kind == ObjectKind::Policy) return true;
    if (c.key.kind == ObjectKind::Table &&
        ((has(c.attributes, "rls_enabled") && desired_true(desired, c.key, "rls_enabled")) ||
         (has(c.attributes, "rls_forced") && desired_true(desired, c.key, "rls_forced"))))
        return true;
    for (const auto& f : found) {
        if (!f.object) continue;
        if (*f.object == c.key) return true;
        if (!on_table(c.key, *f.object)) continue;
        // A table-level finding explains a column's PUBLIC grant or a missing tenant column.
        if (c.key.kind == ObjectKind::Column && (has(c.attributes, "privileges") || c.key.sub == config.tenant_column))
            return true;
    }
    return false;
}

bool missing_constraint_or_index(const Change& c, const Catalog& desired) {
    bool key_kind = c.key.kind == ObjectKind::Constraint || c.key.kind == ObjectKind::Index;
    if (key_kind && (c.action == ChangeAction::Create || c.replace)) return true;
    return c.key.kind == ObjectKind::Column && has(c.attributes, "not_null") && desired_true(desired, c.key, "not_null");
}

}  // namespace

const char* drift_severity_name(DriftSeverity s) {
    switch (s) {
        case DriftSeverity::IsolationWeakened: return "isolation_weakened";
        case DriftSeverity::MissingConstraintOrIndex: return "missing_constraint_or_index";
        case DriftSeverity::Other: return "other";
    }
    return "other";
}

std::vector<Difference> drift_differences(const Catalog& tenant, const Catalog& desired, const lint::LintConfig& lint) {
    std::vector<lint::Finding> found = new_findings(tenant, desired, lint);
    std::vector<Difference> out;
    for (const auto& c : diff_catalogs(tenant, desired).changes) {
        Difference d{kind_name(c.key.kind), display_name(c.key), action_name(c.action),
                     describe_change(c, tenant, desired)};
        if (weakens_isolation(c, desired, found, lint)) d.severity = DriftSeverity::IsolationWeakened;
        else if (missing_constraint_or_index(c, desired)) d.severity = DriftSeverity::MissingConstraintOrIndex;
        out.push_back(std::move(d));
    }
    std::stable_sort(out.begin(), out.end(), [](const Difference& a, const Difference& b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        return std::tie(a.kind, a.object, a.change) < std::tie(b.kind, b.object, b.change);
    });
    return out;
}

nlohmann::json difference_to_json(const Difference& d) {
    return {{"kind", d.kind},
            {"object", d.object},
            {"action", d.action},
            {"change", d.change},
            {"severity", drift_severity_name(d.severity)}};
}

}  // namespace pgfleet
