#include "fleet/wave_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

#include "fleet/control_link.h"
#include "fleet/runner.h"
#include "fleet/tenant_apply.h"

namespace pgfleet {
namespace {

using Clock = std::chrono::steady_clock;

bool is_failure(ApplyStatus s) { return s == ApplyStatus::Failed || s == ApplyStatus::Refused; }

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string duration_text(double seconds) {
    char buf[32];
    if (seconds >= 120) std::snprintf(buf, sizeof buf, "%.0fm", seconds / 60);
    else std::snprintf(buf, sizeof buf, "%.0fs", seconds);
    return buf;
}

// A worker gives up on the run (not on a tenant): it stops working and says why.
struct GiveUp : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class WaveWorker {
public:
    WaveWorker(FleetRun& run, const RunLayout& layout, RunCoordinator& coordinator, const FleetApplyOptions& options)
        : run_(run),
          layout_(layout),
          coordinator_(coordinator),
          options_(options),
          progress_(stderr, run.live_progress, "apply", layout.tenants.size()) {}

    // Works on the wave until every worker has finished it; false when the run stopped.
    bool complete_wave(size_t w) {
        const Wave& wave = layout_.waves[w];
        size_t last_complete = 0;
        auto last_change = Clock::now();
        auto pause = std::chrono::milliseconds(20);
        bool said_waiting = false;
        for (;;) {
            work(w);
            WaveProgress p = coordinator_.progress(w);
            if (p.is_complete()) return true;
            if (stopped()) return false;
            if (p.complete > last_complete) {
                last_complete = p.complete;
                last_change = Clock::now();
            } else if (since(last_change) > run_.config.coordination.wait_seconds) {
                std::string pending;
                for (const auto& t : p.pending) pending += (pending.empty() ? "" : ", ") + t;
                throw GiveUp("gave up after waiting " + duration_text(run_.config.coordination.wait_seconds) +
                             " (coordination.wait) for wave '" + wave.name + "' to finish on the other workers: " +
                             std::to_string(p.complete) + " of " + std::to_string(p.total) +
                             " tenants finished, no progress since; still pending: " + pending);
            }
            if (!said_waiting && !run_.quiet) {
                progress_.note("waiting for other workers to finish wave '" + wave.name + "' (" +
                               std::to_string(p.complete) + " of " + std::to_string(p.total) + " tenants finished)");
                said_waiting = true;
            }
            std::this_thread::sleep_for(pause);
            pause = std::min(pause * 2, std::chrono::milliseconds(1000));
        }
    }

    // After a complete wave: a wave with more failures than it allows stops the run before
    // the next one (the last wave gates nothing).
    void check_health(size_t w) {
        const Wave& wave = layout_.waves[w];
        WaveProgress p = coordinator_.progress(w);
        if (p.failed <= wave.allowed_failures || w + 1 == layout_.waves.size()) return;
        stop("wave '" + wave.name + "' is not healthy: " + std::to_string(p.failed) + " of " + std::to_string(p.total) +
             " tenants failed or were refused, more than the " + std::to_string(wave.allowed_failures) +
             " it allows; the later waves were not started");
    }

    bool stopped() {
        if (stop_) return true;
        if (coordinator_.stopped()) stop_ = true;
        return stop_;
    }

    void finish_progress() {
        if (!run_.quiet) progress_.finish();
    }

    void note(const std::string& line) {
        if (!run_.quiet) progress_.note(line);
    }

private:
    // Claims and applies the wave's tenants on a few threads until none is free.
    void work(size_t w) {
        const Wave& wave = layout_.waves[w];
        std::vector<TenantRef> members;
        for (size_t i : wave.members) members.push_back(layout_.tenants[i].tenant);
        int threads = wave.one_at_a_time || members.empty() ? 1 : run_.connections.workers_for(members);
        std::atomic<bool> never{false};
        run_jobs(static_cast<size_t>(threads), threads, [&](size_t) {
            while (!stop_) {
                std::optional<size_t> i = coordinator_.claim(w, not_now());
                if (!i) return;
                handle(*i, w);
            }
        }, never);
    }

    // Busy tenants wait a second before they are claimed again.
    std::set<size_t> not_now() {
        std::lock_guard lock(mutex_);
        std::set<size_t> out;
        for (const auto& [i, at] : retry_at_)
            if (Clock::now() < at) out.insert(i);
        return out;
    }

    void handle(size_t i, size_t w) {
        const RunTenant& rt = layout_.tenants[i];
        TenantOutcome out{rt.tenant};
        bool journaled = true;
        try {
            coordinator_.started(i);
        } catch (const CoordinationLost&) {
            throw;
        } catch (const std::exception& e) {
            out.status = ApplyStatus::Failed;
            out.detail = std::string("journal: ") + e.what();
            journaled = false;
        }
        if (journaled && !rt.group) {
            out.status = ApplyStatus::Failed;
            out.detail = rt.unplanned;
        } else if (journaled) {
            out = apply_to_tenant(run_, rt.tenant, rt.group->plan);
        }
        if (out.busy && coordinator_.retries_busy() && !busy_too_long(i)) {
            coordinator_.give_back(i);
            return;
        }
        // A failed canary stops the run before its outcome is recorded: a worker waiting for
        // the canary wave to complete then finds the canary's own reason (the first reason
        // wins), not just that the wave was unhealthy.
        const bool canary = layout_.waves[w].canaries;
        if (canary && is_failure(out.status)) after_failure(w, rt, out);
        out = coordinator_.finished(i, out);
        std::string label = rt.tenant.key() + (canary ? " (canary)" : "");
        if (!run_.quiet) progress_.done(label, status_name(out.status), out.detail);
        if (!canary && is_failure(out.status)) after_failure(w, rt, out);
    }

    bool busy_too_long(size_t i) {
        std::lock_guard lock(mutex_);
        auto first = busy_since_.emplace(i, Clock::now()).first->second;
        if (std::chrono::duration<double>(Clock::now() - first).count() > run_.config.coordination.wait_seconds)
            return true;
        retry_at_[i] = Clock::now() + std::chrono::seconds(1);
        return false;
    }

    void after_failure(size_t w, const RunTenant& rt, const TenantOutcome& out) {
        const Wave& wave = layout_.waves[w];
        std::string what = rt.tenant.key() + " " + status_name(out.status) + (out.detail.empty() ? "" : ": " + out.detail);
        if (wave.canaries) return stop("canary " + what);
        if (options_.keep_going) return;
        WaveProgress p = coordinator_.progress(w);
        if (p.failed <= wave.allowed_failures) return;
        if (wave.allowed_failures == 0) stop(what + " (without --keep-going the run stops at the first failure)");
        else
            stop("wave '" + wave.name + "': " + std::to_string(p.failed) + " tenants failed or were refused, more than the " +
                 std::to_string(wave.allowed_failures) + " it allows (last: " + what + ")");
    }

    void stop(const std::string& reason) {
        stop_ = true;
        coordinator_.stop(reason);
    }

    FleetRun& run_;
    const RunLayout& layout_;
    RunCoordinator& coordinator_;
    FleetApplyOptions options_;
    Progress progress_;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::map<size_t, Clock::time_point> busy_since_, retry_at_;
};

std::vector<WaveSummary> summarize_waves(const RunLayout& layout, const std::vector<TenantOutcome>& outcomes) {
    std::vector<WaveSummary> out;
    for (const auto& wave : layout.waves) {
        WaveSummary s{wave.name, wave.members.size(), {}, wave.allowed_failures};
        std::vector<double> applied;
        for (size_t i : wave.members) {
            ++s.statuses[status_name(outcomes[i].status)];
            if (outcomes[i].status == ApplyStatus::Applied) applied.push_back(outcomes[i].seconds);
        }
        s.p50_seconds = percentile(applied, 0.50);
        s.p95_seconds = percentile(applied, 0.95);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return -1;
    std::sort(values.begin(), values.end());
    size_t rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size()) - 1e-9));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

ApplyReport run_waves(FleetRun& run, const RunLayout& layout, RunCoordinator& coordinator,
                      const FleetApplyOptions& options) {
    auto start = Clock::now();
    ApplyReport report;
    WaveWorker worker(run, layout, coordinator, options);
    try {
        for (size_t w = 0; w < layout.waves.size() && !worker.stopped(); ++w) {
            if (!worker.complete_wave(w)) break;
            worker.check_health(w);
        }
        if (!worker.stopped()) coordinator.finish_run();
    } catch (const GiveUp& e) {
        report.worker_error = e.what();
    } catch (const CoordinationLost& e) {
        report.worker_error = e.what();
    }
    worker.finish_progress();
    std::optional<std::string> stop;
    try {
        stop = coordinator.stopped();
        report.tenants = coordinator.outcomes();
    } catch (const CoordinationLost& e) {
        if (report.worker_error.empty()) report.worker_error = e.what();
    }
    report.stopped_early = stop.has_value();
    report.stop_reason = stop.value_or("");
    report.run_id = coordinator.run_id();
    if (report.tenants.size() == layout.tenants.size()) report.waves = summarize_waves(layout, report.tenants);
    report.clusters = run.connections.contacted();
    for (const auto& c : report.clusters) report.peak_sessions.push_back(run.connections.peak_sessions(c.name));
    report.seconds = since(start);
    return report;
}

}  // namespace pgfleet
