#pragma once
// The renames that open a plan: those the desired state's hints ask for (catalog/rename_hint.h),
// then objects that differ in their name alone (planner/name_only_renames.h). Each runs
// through the desired-state interpreter over the current catalog, so the rest of the plan is
// worked out from what the database will be after them.
#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "planner/statement.h"

namespace pgfleet {

struct RenameSteps {
    Catalog renamed;                 // the current catalog after the renames
    std::vector<Statement> statements;  // ALTER ... RENAME, in the order to run them
    std::vector<Catalog> before;        // the catalog each of them runs on
    std::map<QualifiedName, QualifiedName> relations;  // old name -> new, for table sizes
};

// A hint applies where the current catalog has the old name and not the new one.
RenameSteps rename_steps(const Catalog& current, const Catalog& desired);

}  // namespace pgfleet
