#include "fleet/apply.h"

#include <algorithm>
#include <optional>
#include <chrono>
#include <random>
#include <thread>

#include "catalog/sql_name.h"
#include "planner/transactions.h"

namespace pgfleet {
namespace {

std::string millis_text(double seconds) { return std::to_string(static_cast<long long>(seconds * 1000)) + "ms"; }

void rollback_quietly(Session& session) {
    try {
        session.execute("ROLLBACK");
    } catch (const std::exception&) {
        // The session is gone; the server has rolled the transaction back.
    }
}

void cleanup_quietly(Session& session, const std::string& cleanup) {
    if (cleanup.empty()) return;
    try {
        session.execute(cleanup);
    } catch (const std::exception&) {
        // Left for the next plan: introspection sees the invalid index and replaces it.
    }
}

struct SegmentError {
    size_t index = 0;
    std::string message, sqlstate;
};

// Runs one segment once; returns the error, if any, with the segment undone.
std::optional<SegmentError> run_segment(Session& session, const Plan& plan, const TransactionSegment& seg) {
    const auto& st = plan.statements;
    if (seg.transactional) session.execute("BEGIN");
    for (size_t k = seg.begin; k < seg.end; ++k) {
        try {
            session.execute(st[k].sql);
        } catch (const SqlError& e) {
            if (seg.transactional) rollback_quietly(session);
            else cleanup_quietly(session, st[k].cleanup);
            return SegmentError{k, e.what(), e.sqlstate};
        } catch (const std::exception& e) {
            if (seg.transactional) rollback_quietly(session);
            return SegmentError{k, e.what(), ""};
        }
    }
    if (seg.transactional) {
        try {
            session.execute("COMMIT");
        } catch (const SqlError& e) {
            return SegmentError{seg.end - 1, e.what(), e.sqlstate};
        }
    }
    return std::nullopt;
}

}  // namespace

bool is_retryable_sqlstate(const std::string& sqlstate) {
    return sqlstate == "55P03" || sqlstate == "40P01" || sqlstate == "40001";
}

ApplyResult apply_plan(Session& session, const Plan& plan, const ApplyOptions& options) {
    ApplyResult result;
    // Routine bodies may use objects created later in the plan.
    session.execute("SET check_function_bodies = false");
    session.execute("SET lock_timeout = " + sql_literal(millis_text(options.lock_timeout_seconds)));
    session.execute("SET statement_timeout = " + sql_literal(millis_text(options.statement_timeout_seconds)));
    std::mt19937 rng(std::random_device{}());
    for (const auto& seg : transaction_segments(plan)) {
        double backoff = options.backoff_initial_seconds;
        for (int attempt = 0;; ++attempt) {
            auto error = run_segment(session, plan, seg);
            if (!error) break;
            if (is_retryable_sqlstate(error->sqlstate) && attempt < options.lock_retries) {
                // Full jitter keeps many tenants from retrying in lockstep.
                double pause = std::uniform_real_distribution<double>(backoff / 2, backoff)(rng);
                if (options.on_retry)
                    options.on_retry("lock not available for `" + plan.statements[error->index].sql.substr(0, 80) +
                                     "`; retry " + std::to_string(attempt + 1) + " of " +
                                     std::to_string(options.lock_retries) + " in " + millis_text(pause));
                ++result.retries;
                std::this_thread::sleep_for(std::chrono::duration<double>(pause));
                backoff = std::min(backoff * 2, options.backoff_max_seconds);
                continue;
            }
            result.ok = false;
            result.failed_sql = plan.statements[error->index].sql;
            result.error = error->message;
            result.sqlstate = error->sqlstate;
            result.failed_outside_transaction = !seg.transactional;
            return result;
        }
        result.applied += seg.end - seg.begin;
    }
    return result;
}

}  // namespace pgfleet
