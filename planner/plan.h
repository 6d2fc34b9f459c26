#pragma once
// An ordered migration plan.
#include <string>
#include <vector>

#include "planner/statement.h"

namespace pgfleet {

struct Plan {
    std::vector<Statement> statements;
    bool empty() const { return statements.empty(); }
};

}  // namespace pgfleet
