#pragma once
// Samples pg_stat_activity from its own session while a fleet command runs: how many
// sessions carried the command's application_name at most.
#include <atomic>
#include <string>
#include <thread>

namespace pgfleet::testing {

class SessionSampler {
public:
    // Starts sampling sessions named `application_name` on the server of `conninfo`.
    SessionSampler(const std::string& conninfo, const std::string& application_name);
    ~SessionSampler();
    // Stops sampling; returns the highest count seen.
    int stop();
    int samples() const { return samples_; }

private:
    std::atomic<bool> stop_{false};
    std::atomic<int> max_{0}, samples_{0};
    std::thread thread_;
};

// Sessions named `application_name` on the server right now.
int count_sessions(const std::string& conninfo, const std::string& application_name);

}  // namespace pgfleet::testing
