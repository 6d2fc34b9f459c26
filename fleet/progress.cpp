#include "fleet/progress.h"

#include <unistd.h>

namespace pgfleet {

bool stderr_is_tty() { return isatty(fileno(stderr)) == 1; }

Progress::Progress(std::FILE* out, bool live, std::string verb, size_t total)
    : out_(out), live_(live), verb_(std::move(verb)), total_(total) {}

void Progress::draw(const std::string& last) {
    std::string counts;
    for (const auto& [status, n] : counts_) counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + status;
    std::fprintf(out_, "\r\033[K%s [%zu/%zu] %s | %s", verb_.c_str(), finished_, total_, counts.c_str(), last.c_str());
    std::fflush(out_);
}

void Progress::done(const std::string& tenant, const std::string& status, const std::string& detail) {
    std::lock_guard lock(mutex_);
    ++finished_;
    ++counts_[status];
    if (live_) return draw(tenant);
    std::fprintf(out_, "[%zu/%zu] %s: %s%s%s\n", finished_, total_, tenant.c_str(), status.c_str(),
                 detail.empty() ? "" : ": ", detail.c_str());
    std::fflush(out_);
}

void Progress::note(const std::string& line) {
    std::lock_guard lock(mutex_);
    if (live_) std::fprintf(out_, "\r\033[K");
    std::fprintf(out_, "%s\n", line.c_str());
    std::fflush(out_);
}

void Progress::finish() {
    std::lock_guard lock(mutex_);
    if (live_ && finished_ > 0) std::fprintf(out_, "\n");
    std::fflush(out_);
}

}  // namespace pgfleet
