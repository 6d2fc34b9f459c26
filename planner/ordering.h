#pragma once
// Orders statements by their dependencies with a deterministic topological sort.
#include <stdexcept>
#include <vector>

#include "planner/plan_builder.h"

namespace pgfleet {

// A dependency cycle, with the path that closes it ("a -> b -> a").
struct PlanCycleError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Returns the statements in an order that respects every dependency; ties keep phase
// (drops, alters, creates, comments) and then generation order.
std::vector<Statement> order_statements(const PlanBuilder& plan);

}  // namespace pgfleet
