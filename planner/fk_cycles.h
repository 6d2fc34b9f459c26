#pragma once
// Tables dropped (or rebuilt) together whose foreign keys reference each other in a loop (a -> b -> a, or
// longer): neither DROP TABLE can go first, so the keys of the loop are dropped on their own.
#include <string>
#include <vector>

#include "planner/plan_builder.h"

namespace pgfleet {

// The foreign keys of `table` (dropped) that lead, through foreign keys of other dropped
// tables, back to it; sorted by name. A key referencing its own table goes with the table.
std::vector<std::string> foreign_keys_in_drop_cycles(const PlanInput& in, const QualifiedName& table);

// The policies of `table` (dropped) whose expressions read another table dropped by the same
// plan: that table cannot go while the policy stands, and this one may have to wait for it
// (a foreign key back), so such policies are dropped on their own first.
std::vector<ObjectKey> policies_reading_dropped_tables(const PlanInput& in, const QualifiedName& table);

}  // namespace pgfleet
