#include "fleet/wake.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace pgfleet {

bool is_wake_retryable(const std::string& message) {
    static const char* const fatal[] = {"password authentication failed", "does not exist", "no pg_hba.conf entry",
                                        "permission denied", "authentication failed", "invalid"};
    for (const char* f : fatal)
        if (message.find(f) != std::string::npos) return false;
    static const char* const transient[] = {
        "the database system is starting up",  // 57P03 cannot_connect_now
        "the database system is shutting down",
        "the database system is not yet accepting connections",
        "the database system is not accepting connections",
        "the database system is in recovery mode",
        "Connection refused",
        "No such file or directory",  // unix socket not there yet
        "timeout expired",
        "server closed the connection unexpectedly",
        "Resource temporarily unavailable",
        "too many clients already",
        "could not connect to server",
        "Connection reset by peer",
    };
    for (const char* t : transient)
        if (message.find(t) != std::string::npos) return true;
    return false;
}

WakeResult connect_with_wake(const std::function<std::unique_ptr<Session>()>& connect, const WakePolicy& policy) {
    using clock = std::chrono::steady_clock;
    auto start = clock::now();
    double backoff = policy.initial_backoff_seconds;
    WakeResult result;
    for (;;) {
        try {
            result.session = connect();
            result.waited_seconds = std::chrono::duration<double>(clock::now() - start).count();
            return result;
        } catch (const ConnectionError& e) {
            double elapsed = std::chrono::duration<double>(clock::now() - start).count();
            if (!is_wake_retryable(e.what()) || elapsed >= policy.window_seconds) throw;
            // The last attempt lands at the end of the window, not before it.
            std::this_thread::sleep_for(std::chrono::duration<double>(std::min(backoff, policy.window_seconds - elapsed)));
            backoff = std::min(backoff * 2, policy.max_backoff_seconds);
            ++result.attempts;
        }
    }
}

}  // namespace pgfleet
