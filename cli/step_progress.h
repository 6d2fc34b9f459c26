#pragma once
// What `apply` shows while it runs: on a terminal, one live line with the step, its
// statement and the time elapsed (redrawn while a long statement runs); otherwise a line per
// finished step with its time.
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

#include "fleet/apply.h"

namespace pgfleet {

class StepProgress {
public:
    StepProgress(std::FILE* out, bool live, const Plan& plan);
    ~StepProgress();
    StepProgress(const StepProgress&) = delete;
    StepProgress& operator=(const StepProgress&) = delete;

    // Hooks this progress into apply's callbacks.
    void attach(ApplyOptions& options);
    // Stops the live line (the destructor does it too).
    void finish();

private:
    void statement(const StepRun& step, size_t index);
    void step_done(const StepRun& step);
    void note(const std::string& line);
    void redraw_locked();
    void tick();

    std::FILE* out_;
    bool live_;
    const Plan& plan_;
    size_t steps_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool running_ = false, stopping_ = false;
    std::string current_;
    std::chrono::steady_clock::time_point step_start_;
    std::thread ticker_;
};

}  // namespace pgfleet
