#pragma once
// One difference between a tenant and the desired schema, as a value people and alerts can
// sort and filter: the kind and name of the object, what it takes to match, and how much it
// matters.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "lint/lint_config.h"

namespace pgfleet {

// Ordered: a larger value is more severe.
enum class DriftSeverity {
    Other = 0,
    MissingConstraintOrIndex = 1,  // a constraint, index or NOT NULL the schema has is missing or different
    IsolationWeakened = 2,         // row-level security, a policy, a PUBLIC grant, a tenant key or column
};

// "isolation_weakened", "missing_constraint_or_index", "other".
const char* drift_severity_name(DriftSeverity severity);

struct Difference {
    std::string kind;    // "column", "policy", ... (the object's kind)
    std::string object;  // its qualified name: public.items.title
    std::string action;  // what it takes to match: create, drop or alter
    std::string change;  // for people: "alter column public.items.title: not_null false -> true"
    DriftSeverity severity = DriftSeverity::Other;
};

// What it takes for `tenant` to match `desired`, most severe first (then by kind, object and
// change). A difference weakens isolation when it touches a policy or row-level security, or
// an object the isolation rules (`lint`) find fault with on the tenant but not in the schema.
std::vector<Difference> drift_differences(const Catalog& tenant, const Catalog& desired, const lint::LintConfig& lint);

nlohmann::json difference_to_json(const Difference& difference);

}  // namespace pgfleet
