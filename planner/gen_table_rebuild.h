#pragma once
// A table rebuilt for its column order keeps its rows: they are copied to a temporary table
// before the DROP and inserted back right after the CREATE, before the table's triggers,
// rules, policies, row-level security and the foreign keys that point to it exist again.
// Sequences it owns are let go and owned again (their counters live on), and identity
// counters are carried over.
#include <vector>

#include "catalog/catalog.h"
#include "differ/change.h"
#include "planner/plan_builder.h"

namespace pgfleet {

// True for a table change that rebuilds the table and keeps its rows.
bool keeps_rows(const Change& change, const PlanInput& in);

// `objects` without the sequences that a rebuild keeping rows of `table` leaves in place.
std::vector<ObjectKey> without_kept_sequences(const PlanInput& in, const QualifiedName& table,
                                              std::vector<ObjectKey> objects);

// Before the DROP: rows (and identity counters) copied aside, owned sequences let go.
void plan_rows_saved(const ObjectKey& key, const Table& from, const Table& to, PlanBuilder& plan);

// Right after the CREATE: rows inserted back, counters set, sequences owned again, the
// copies dropped. `creates` is what the CREATE made: nothing may use it before the rows are in.
void plan_rows_restored(const ObjectKey& key, const Table& from, const Table& to, const std::vector<ObjectKey>& creates,
                        PlanBuilder& plan);

}  // namespace pgfleet
