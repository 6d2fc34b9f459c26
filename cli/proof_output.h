#pragma once
// --prove in plan and apply: the proof run, told on stderr.
#include "catalog/snapshot.h"
#include "planner/plan_file.h"

namespace pgfleet {

// Proves `plan` (fleet/plan_proof.h) and says how it went on stderr; true when proven or when
// there is nothing to prove.
bool prove_or_report(const Snapshot& current, const SavedPlan& plan, const Catalog* desired);

}  // namespace pgfleet
