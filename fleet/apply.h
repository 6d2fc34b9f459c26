#pragma once
// Running a plan against one database.
#include <string>

#include "introspect/session.h"
#include "planner/plan.h"

namespace pgfleet {

struct ApplyResult {
    bool ok = true;
    size_t applied = 0;           // statements that took effect (committed)
    std::string failed_sql;       // the statement that failed
    std::string error;            // the server's message
};

// Runs consecutive transactional statements in one transaction and each non-transactional
// statement on its own. A failure rolls back the transaction it happened in.
ApplyResult apply_plan(Session& session, const Plan& plan);

}  // namespace pgfleet
