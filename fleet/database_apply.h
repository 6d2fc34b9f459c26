#pragma once
// Applying a saved plan to one database, safely: the database must be the one the plan was
// made against, the plan's hazards must be allowed, and afterwards the database must be at
// the plan's target.
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "fleet/apply.h"
#include "planner/plan_file.h"

namespace pgfleet {

enum class DatabaseApplyStatus {
    Applied,     // ran, and the database is at the target
    AtTarget,    // nothing to do: already at the target
    Refused,     // not run: the database changed since planning, or a hazard is not allowed
    Failed,      // a step failed; `message` says what the database was left as
    Unverified,  // ran, but the database is not at the target fingerprint
};

const char* database_apply_status_name(DatabaseApplyStatus status);

struct DatabaseApplyReport {
    DatabaseApplyStatus status = DatabaseApplyStatus::Applied;
    std::string message;
    std::vector<std::string> refused_hazards;
    ApplyResult result;  // its steps carry the per-step timings
    std::string database;  // the database's name, as the server reports it
    std::string fingerprint_before, fingerprint_after;
    double seconds = 0;  // the whole apply: checks, steps and the verifying read
};

// Why a plan made on one PostgreSQL major is not run on a server of another, and how to run it.
std::string other_major_message(int planned_major, int server_major);

// For a plan read from a file: why it may not run on a database at its source fingerprint
// whose catalog is `current` (its statements are not what pgfleet makes of them), one line
// per problem; "" when it may run, or when the plan was made in this process.
std::string saved_plan_problems(const SavedPlan& plan, const Catalog& current);

// One session at a time, each closed when its part is done. Throws only when the database
// cannot be reached or read.
DatabaseApplyReport apply_saved_plan(const std::string& conninfo, const SavedPlan& plan, const ApplyOptions& options,
                                     const std::vector<std::string>& allowed_hazards);

}  // namespace pgfleet
