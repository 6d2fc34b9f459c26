#pragma once
// ALTER TYPE ... ADD VALUE runs inside a transaction unless a later statement of the plan uses
// the new label (PostgreSQL refuses a new enum value before it is committed). Keeping it in the
// transaction keeps the plan all or nothing.
#include "planner/plan.h"

namespace pgfleet {

void place_enum_additions(Plan& plan);

// The quoted label of "ALTER TYPE t ADD VALUE 'label' [BEFORE|AFTER 'x']", or "".
std::string added_enum_label(const Statement& s);

}  // namespace pgfleet
