#include "fleet/apply.h"

#include <algorithm>
#include <map>
#include <optional>
#include <chrono>
#include <random>
#include <thread>

#include "catalog/sql_name.h"
#include "planner/secret_values.h"
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
std::optional<SegmentError> run_segment(Session& session, const Plan& plan, const StepRun& step,
                                        const ApplyOptions& options, const std::map<std::string, std::string>& secrets) {
    const auto& st = plan.statements;
    size_t end = step.first + step.statements;
    if (step.transactional) session.execute("BEGIN");
    for (size_t k = step.first; k < end; ++k) {
        if (options.on_statement) options.on_statement(step, k);
        try {
            session.execute(secrets.empty() ? st[k].sql : with_secret_values(st[k].sql, secrets));
        } catch (const SqlError& e) {
            if (step.transactional) rollback_quietly(session);
            else cleanup_quietly(session, st[k].cleanup);
            return SegmentError{k, e.what(), e.sqlstate};
        } catch (const std::exception& e) {
            if (step.transactional) rollback_quietly(session);
            return SegmentError{k, e.what(), ""};
        }
    }
    if (step.transactional) {
        try {
            session.execute("COMMIT");
        } catch (const SqlError& e) {
            return SegmentError{end - 1, e.what(), e.sqlstate};
        }
    }
    return std::nullopt;
}

}  // namespace

std::vector<StepRun> plan_steps(const Plan& plan) {
    std::vector<StepRun> steps;
    for (const auto& seg : transaction_segments(plan)) {
        StepRun step;
        step.number = steps.size() + 1;
        step.first = seg.begin;
        step.statements = seg.end - seg.begin;
        step.transactional = seg.transactional;
        steps.push_back(step);
    }
    return steps;
}

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::string first_line(const std::string& text, size_t width) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() > width) line = line.substr(0, width > 3 ? width - 3 : 0) + "...";
    return line;
}

const char* step_status_name(StepRun::Status s) {
    switch (s) {
        case StepRun::Status::Done: return "done";
        case StepRun::Status::Failed: return "failed";
        case StepRun::Status::NotRun: return "not_run";
    }
    return "not_run";
}

std::string describe_failure(const ApplyResult& r, size_t width) {
    if (r.ok || r.failed_step == 0) return "";
    const StepRun& step = r.steps[r.failed_step - 1];
    std::string error = first_line(r.error, 400);
    return "step " + std::to_string(step.number) + " of " + std::to_string(r.steps.size()) + ", statement " +
           std::to_string(r.failed_statement - step.first + 1) + " of " + std::to_string(step.statements) + " (`" +
           first_line(r.failed_sql, width) + "`): " + error + (r.sqlstate.empty() ? "" : " [SQLSTATE " + r.sqlstate + "]");
}

bool is_retryable_sqlstate(const std::string& sqlstate) {
    return sqlstate == "55P03" || sqlstate == "40P01" || sqlstate == "40001";
}

ApplyResult apply_plan(Session& session, const Plan& plan, const ApplyOptions& options) {
    // Every secret is found before anything runs.
    const std::map<std::string, std::string> secrets = secret_values_from_environment(plan);
    ApplyResult result;
    result.steps = plan_steps(plan);
    // Routine bodies may use objects created later in the plan.
    session.execute("SET check_function_bodies = false");
    session.execute("SET lock_timeout = " + sql_literal(millis_text(options.lock_timeout_seconds)));
    session.execute("SET statement_timeout = " + sql_literal(millis_text(options.statement_timeout_seconds)));
    std::mt19937 rng(std::random_device{}());
    for (auto& step : result.steps) {
        auto start = std::chrono::steady_clock::now();
        double backoff = options.backoff_initial_seconds;
        for (int attempt = 0;; ++attempt) {
            auto error = run_segment(session, plan, step, options, secrets);
            if (!error) break;
            if (is_retryable_sqlstate(error->sqlstate) && attempt < options.lock_retries) {
                // Full jitter keeps many tenants from retrying in lockstep.
                double pause = std::uniform_real_distribution<double>(backoff / 2, backoff)(rng);
                if (options.on_retry)
                    options.on_retry("lock not available for `" + plan.statements[error->index].sql.substr(0, 80) +
                                     "`; retry " + std::to_string(attempt + 1) + " of " +
                                     std::to_string(options.lock_retries) + " in " + millis_text(pause));
                ++result.retries;
                ++step.retries;
                std::this_thread::sleep_for(std::chrono::duration<double>(pause));
                backoff = std::min(backoff * 2, options.backoff_max_seconds);
                continue;
            }
            step.status = StepRun::Status::Failed;
            step.seconds = seconds_since(start);
            if (options.on_step_done) options.on_step_done(step);
            result.ok = false;
            result.failed_step = step.number;
            result.failed_statement = error->index;
            result.failed_sql = plan.statements[error->index].sql;
            result.error = error->message;
            result.sqlstate = error->sqlstate;
            result.failed_outside_transaction = !step.transactional;
            return result;
        }
        step.status = StepRun::Status::Done;
        step.seconds = seconds_since(start);
        result.applied += step.statements;
        if (options.on_step_done) options.on_step_done(step);
    }
    return result;
}

}  // namespace pgfleet
