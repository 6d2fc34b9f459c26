#pragma once
// Waking a paused or starting server: retry connecting with backoff up to a window.
#include <functional>
#include <memory>
#include <string>

#include "fleet/config.h"
#include "introspect/session.h"

namespace pgfleet {

// True for connection failures that mean "not accepting connections yet" (paused, starting,
// shutting down, recovering, refused, socket missing, timed out), as opposed to bad
// credentials or a missing database, which retrying cannot fix.
bool is_wake_retryable(const std::string& message);

struct WakeResult {
    std::unique_ptr<Session> session;
    double waited_seconds = 0;  // time spent before the successful attempt
    int attempts = 1;
};

// Calls `connect` until it succeeds, retrying retryable ConnectionErrors with exponential
// backoff until `policy.window_seconds` have passed; then rethrows the last error.
WakeResult connect_with_wake(const std::function<std::unique_ptr<Session>()>& connect, const WakePolicy& policy);

}  // namespace pgfleet
