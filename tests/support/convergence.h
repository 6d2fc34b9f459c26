#pragma once
// The convergence check for one (old.sql, new.sql) pair on a real PostgreSQL:
// build A from old.sql and B from new.sql, plan A -> new.sql, apply, compare the schema
// dumps of A and B, then plan again and expect nothing to do.
#include <string>

#include "tests/support/pg_server.h"

namespace pgfleet::testing {

enum class CaseStatus { Pass, ColumnOrderOnly, Unsupported, LoadFailed, PlanFailed, ApplyFailed, Mismatch, NotIdempotent };

struct CaseResult {
    CaseStatus status = CaseStatus::Pass;
    std::string detail;      // why it failed (errors, dump difference, leftover plan)
    std::string plan_sql;    // the first plan
};

// Runs the check as `role` (the master role unless a case needs what only a superuser may
// create); never throws for a failing case, only reports it.
CaseResult check_convergence(const std::string& old_sql_path, const std::string& new_sql_path,
                             const char* role = kMasterRole);

// Why a golden case directory must run as the superuser (its `needs_superuser` file), or "".
std::string superuser_reason(const std::string& case_dir);

// Why a golden case cannot exist on the test major ("needs PostgreSQL 14: ..." from its
// `needs_major` file, "MAJOR: reason"), or "" when it runs on it.
std::string not_on_test_major(const std::string& case_dir);

const char* status_name(CaseStatus status);

// Passing means converged, column order included (a difference in it alone is reported as
// column-order-only, and fails).
bool counts_as_pass(CaseStatus status);

}  // namespace pgfleet::testing
