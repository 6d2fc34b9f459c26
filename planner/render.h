#pragma once
// Plan output formats: sql, text and markdown here; json is the saved plan (plan_file.h).
#include <string>

#include "planner/plan.h"
#include "planner/plan_file.h"

namespace pgfleet {

// SQL runnable with `psql -v ON_ERROR_STOP=1 -f`; "" for an empty plan. Each transaction
// segment is wrapped in BEGIN/COMMIT so a failure leaves it undone. Each statement's lock,
// hazards and online/plain note come as comments above it.
std::string render_sql(const Plan& plan);

// Readable: a summary with the hazards, then the statements by transaction, each under a
// comment saying what it does. `color` adds ANSI colours (for a terminal only).
std::string render_text(const Plan& plan, bool color = false);

// A pull-request comment: summary, hazards table, and the SQL by transaction.
std::string render_markdown(const SavedPlan& plan);

}  // namespace pgfleet
