#pragma once
// A partition's copies of its parent's indexes and keys: DETACH leaves them to the table as
// its own, ATTACH takes a matching index or key of the table as the copy. The statements
// that do so create or remove those objects; the plan issues nothing else for them.
#include <vector>

#include "planner/plan_builder.h"

namespace pgfleet {

// Indexes and constraints of `table` in the desired catalog that its DETACH from its current
// parent creates.
std::vector<ObjectKey> copies_detach_creates(const PlanInput& in, const QualifiedName& table);

// Indexes and constraints of `table` in the current catalog that its ATTACH to its desired
// parent takes over.
std::vector<ObjectKey> copies_attach_takes(const PlanInput& in, const QualifiedName& table);

}  // namespace pgfleet
