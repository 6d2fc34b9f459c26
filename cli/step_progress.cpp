#include "cli/step_progress.h"

#include "planner/transactions.h"

namespace pgfleet {
namespace {

std::string one_line(const std::string& sql, size_t width) {
    std::string line;
    for (char c : sql) {
        if (c == '\n') c = ' ';
        if (c == ' ' && !line.empty() && line.back() == ' ') continue;
        line += c;
    }
    if (line.size() > width) line = line.substr(0, width - 3) + "...";
    return line;
}

std::string seconds_text(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

double since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

StepProgress::StepProgress(std::FILE* out, bool live, const Plan& plan)
    : out_(out), live_(live), plan_(plan), steps_(transaction_segments(plan).size()) {
    if (live_) ticker_ = std::thread([this] { tick(); });
}

StepProgress::~StepProgress() { finish(); }

void StepProgress::attach(ApplyOptions& options) {
    options.on_statement = [this](const StepRun& step, size_t index) { statement(step, index); };
    options.on_step_done = [this](const StepRun& step) { step_done(step); };
    options.on_retry = [this](const std::string& message) { note("pgfleet: " + message); };
}

void StepProgress::statement(const StepRun& step, size_t index) {
    std::lock_guard lock(mutex_);
    if (index == step.first) step_start_ = std::chrono::steady_clock::now();
    running_ = true;
    current_ = "step " + std::to_string(step.number) + "/" + std::to_string(steps_) +
               (step.statements > 1 ? ", statement " + std::to_string(index - step.first + 1) + "/" +
                                          std::to_string(step.statements)
                                    : "") +
               ": " + one_line(plan_.statements[index].sql, 70);
    if (live_) redraw_locked();
}

void StepProgress::step_done(const StepRun& step) {
    std::lock_guard lock(mutex_);
    running_ = false;
    const Statement& first = plan_.statements[step.first];
    std::string what = step.statements == 1 ? one_line(first.sql, 70)
                                            : "one transaction, " + std::to_string(step.statements) + " statements";
    std::string line = "step " + std::to_string(step.number) + "/" + std::to_string(steps_) + " " +
                       step_status_name(step.status) + " in " + seconds_text(step.seconds) +
                       (step.retries ? " (" + std::to_string(step.retries) + " lock retries)" : "") + ": " + what;
    if (live_) std::fprintf(out_, "\r\033[K");
    std::fprintf(out_, "%s\n", line.c_str());
    std::fflush(out_);
}

void StepProgress::note(const std::string& line) {
    std::lock_guard lock(mutex_);
    if (live_) std::fprintf(out_, "\r\033[K");
    std::fprintf(out_, "%s\n", line.c_str());
    if (live_ && running_) redraw_locked();
    std::fflush(out_);
}

void StepProgress::redraw_locked() {
    std::fprintf(out_, "\r\033[K[%5.1f s] %s", since(step_start_), current_.c_str());
    std::fflush(out_);
}

// Redraws the live line a few times a second, so a long statement shows its time growing.
void StepProgress::tick() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, std::chrono::milliseconds(200));
        if (!stopping_ && running_) redraw_locked();
    }
}

void StepProgress::finish() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
        stopping_ = true;
        if (live_ && running_) std::fprintf(out_, "\r\033[K");
        std::fflush(out_);
    }
    wake_.notify_all();
    if (ticker_.joinable()) ticker_.join();
}

}  // namespace pgfleet
