#pragma once
// Running a plan against one database: transaction by transaction, each statement under
// lock_timeout and statement_timeout, lock timeouts retried with backoff and jitter.
#include <functional>
#include <string>
#include <vector>

#include "introspect/session.h"
#include "planner/plan.h"

namespace pgfleet {

// One step of a run (a transaction, or a statement outside any) and how long it took.
struct StepRun {
    size_t number = 0;      // 1-based, as the text plan numbers its steps
    size_t first = 0;       // index of its first statement in the plan
    size_t statements = 0;  // how many it holds
    bool transactional = true;
    enum class Status { Done, Failed, NotRun } status = Status::NotRun;
    double seconds = 0;  // wall time, retries and their pauses included
    int retries = 0;
};

const char* step_status_name(StepRun::Status status);

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
    // Told before each statement runs (its step and index in the plan) and after each step
    // ends; may be empty. Called on the applying thread.
    std::function<void(const StepRun& step, size_t statement)> on_statement;
    std::function<void(const StepRun& step)> on_step_done;
};

struct ApplyResult {
    bool ok = true;
    size_t applied = 0;      // statements that took effect (committed)
    int retries = 0;         // lock-timeout retries over the whole run
    std::vector<StepRun> steps;  // every step of the plan, those not reached as NotRun
    // Where it failed: the step (1-based) and the statement's index in the plan.
    size_t failed_step = 0;
    size_t failed_statement = 0;
    std::string failed_sql;  // the statement that failed
    std::string error;       // the server's message
    std::string sqlstate;
    // The failed step ran outside a transaction (its cleanup, if any, was attempted).
    bool failed_outside_transaction = false;
};

// The plan's steps, none run yet.
std::vector<StepRun> plan_steps(const Plan& plan);

// Runs the plan's transaction segments in order. A failed segment is rolled back (or, outside
// a transaction, cleaned up) and the run stops there; earlier segments stay committed.
ApplyResult apply_plan(Session& session, const Plan& plan, const ApplyOptions& options = {});

// "step 3 of 5, statement 2 of 4 (`ALTER TABLE ...`): <error> [SQLSTATE 23502]", the first
// line of the statement cut to `width` characters.
// The text's first line, cut to `width` characters with "..." (SQL and errors in reports).
std::string first_line(const std::string& text, size_t width);

std::string describe_failure(const ApplyResult& result, size_t width = 100);

// True for errors worth retrying after a pause: lock timeout, deadlock, serialization failure.
bool is_retryable_sqlstate(const std::string& sqlstate);

}  // namespace pgfleet
