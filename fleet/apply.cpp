#include "fleet/apply.h"

namespace pgfleet {

ApplyResult apply_plan(Session& session, const Plan& plan) {
    ApplyResult result;
    const auto& st = plan.statements;
    // Routine bodies may use objects created later in the plan.
    session.execute("SET check_function_bodies = false");
    size_t i = 0;
    while (i < st.size()) {
        if (!st[i].transactional) {
            try {
                session.execute(st[i].sql);
            } catch (const std::exception& e) {
                result = {false, result.applied, st[i].sql, e.what()};
                return result;
            }
            ++result.applied;
            ++i;
            continue;
        }
        size_t end = i;
        while (end < st.size() && st[end].transactional) ++end;
        session.execute("BEGIN");
        for (size_t k = i; k < end; ++k) {
            try {
                session.execute(st[k].sql);
            } catch (const std::exception& e) {
                try {
                    session.execute("ROLLBACK");
                } catch (const std::exception&) {
                    // The session is gone; the server has rolled the transaction back.
                }
                result = {false, result.applied, st[k].sql, e.what()};
                return result;
            }
        }
        session.execute("COMMIT");
        result.applied += end - i;
        i = end;
    }
    return result;
}

}  // namespace pgfleet
