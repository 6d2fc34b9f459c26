#include "planner/transactions.h"

namespace pgfleet {

std::vector<TransactionSegment> transaction_segments(const Plan& plan) {
    std::vector<TransactionSegment> out;
    const auto& st = plan.statements;
    for (size_t i = 0; i < st.size(); ++i) {
        bool alone = !st[i].transactional || st[i].own_transaction;
        bool joins = !alone && !out.empty() && out.back().transactional && out.back().end == i &&
                     !st[out.back().begin].own_transaction;
        if (joins) ++out.back().end;
        else out.push_back({i, i + 1, st[i].transactional});
    }
    return out;
}

}  // namespace pgfleet
