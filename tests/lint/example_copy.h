#pragma once
// The bundled example (schemas/) and a broken copy of it: the approvals policy removed,
// audit_log's row-level security not forced, and daily_rollups without tenant_id.
#include <string>

namespace pgfleet::testing {

std::string bundled_example_dir();

// Writes the broken copy into a fresh temporary directory and returns it.
std::string broken_example_copy();

}  // namespace pgfleet::testing
