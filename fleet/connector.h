#pragma once
// How to reach one server: its URL, where the password comes from, timeouts and the
// application_name every pgfleet session carries. Each connect is one short session.
#include <chrono>
#include <mutex>
#include <string>

#include "fleet/config.h"
#include "fleet/wake.h"

namespace pgfleet {

struct ServerAddress {
    std::string label;  // cluster name, or "control"
    std::string url;
    std::string password_env, password_command;
};

class Connector {
public:
    Connector(ServerAddress address, const FleetConfig& config);

    // Connects to `database` ("" for the URL's own), retrying while the server wakes up.
    // Throws ConnectionError naming the server and database, never the password.
    WakeResult connect(const std::string& database = "") const;

    const std::string& label() const { return address_.label; }
    // The host name(s) from the URL ("" for a local socket default).
    std::string host() const;
    // RDS Proxy endpoints look like name.proxy-xxxx.region.rds.amazonaws.com.
    bool looks_like_rds_proxy() const { return host().find(".proxy-") != std::string::npos; }

private:
    std::string conninfo(const std::string& database) const;  // holds the password: never print
    std::string password() const;

    ServerAddress address_;
    std::string application_name_;
    WakePolicy wake_;
    Timeouts timeouts_;
    mutable std::mutex mutex_;
    mutable std::string password_;
    mutable std::chrono::steady_clock::time_point fetched_;
};

}  // namespace pgfleet
