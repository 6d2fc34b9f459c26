#pragma once
// Plan output formats.
#include <string>

#include "planner/plan.h"

namespace pgfleet {

// Only SQL, runnable with `psql -v ON_ERROR_STOP=1 -f`; "" for an empty plan. Runs of
// transactional statements are wrapped in BEGIN/COMMIT so a failure leaves them undone.
std::string render_sql(const Plan& plan);

// Readable: a summary line, then each statement under a comment saying what it does.
std::string render_text(const Plan& plan);

}  // namespace pgfleet
