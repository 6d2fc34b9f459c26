#pragma once
// How a plan's statements are grouped into transactions, shared by the SQL output and apply.
#include <vector>

#include "planner/plan.h"

namespace pgfleet {

// Statements [begin, end) that run together: in one transaction, or alone outside any.
struct TransactionSegment {
    size_t begin = 0;
    size_t end = 0;
    bool transactional = true;
};

// Consecutive transactional statements share a transaction; a statement that needs its own
// transaction and each non-transactional statement form a segment of their own.
std::vector<TransactionSegment> transaction_segments(const Plan& plan);

}  // namespace pgfleet
