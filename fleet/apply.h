#pragma once
// Running a plan against one database: transaction by transaction, each statement under
// lock_timeout and statement_timeout, lock timeouts retried with backoff and jitter.
#include <functional>
#include <string>

#include "introspect/session.h"
#include "planner/plan.h"

namespace pgfleet {

struct ApplyOptions {
    double lock_timeout_seconds = 5;
    double statement_timeout_seconds = 0;  // 0: no limit
    // A step that could not get its lock in time is tried again this many times.
    int lock_retries = 5;
    double backoff_initial_seconds = 0.5;
    double backoff_max_seconds = 15;
    // Run a saved plan made on another PostgreSQL major (--allow-other-major): the database is
    // then compared with the plan's fingerprints as if it ran the plan's major.
    bool allow_other_major = false;
    // Told about each retry (for progress output); may be empty.
    std::function<void(const std::string&)> on_retry;
};

struct ApplyResult {
    bool ok = true;
    size_t applied = 0;      // statements that took effect (committed)
    int retries = 0;         // lock-timeout retries over the whole run
    std::string failed_sql;  // the statement that failed
    std::string error;       // the server's message
    std::string sqlstate;
    // The failed step ran outside a transaction (its cleanup, if any, was attempted).
    bool failed_outside_transaction = false;
};

// Runs the plan's transaction segments in order. A failed segment is rolled back (or, outside
// a transaction, cleaned up) and the run stops there; earlier segments stay committed.
ApplyResult apply_plan(Session& session, const Plan& plan, const ApplyOptions& options = {});

// True for errors worth retrying after a pause: lock timeout, deadlock, serialization failure.
bool is_retryable_sqlstate(const std::string& sqlstate);

}  // namespace pgfleet
