#pragma once
// A throwaway PostgreSQL server of a test's own, of the test major, which the test may stop and start again
// (the shared PgServer must stay up for everyone else).
#include <string>

namespace pgfleet::testing {

class PgInstance {
public:
    // initdb only; call start().
    PgInstance();
    ~PgInstance();
    PgInstance(const PgInstance&) = delete;
    PgInstance& operator=(const PgInstance&) = delete;

    // pg_ctl start -w / stop -m fast -w. Throw with pg_ctl's output on failure.
    void start();
    void stop();

    // As the master role (created at the first start, as on the shared server).
    std::string url(const std::string& database) const;
    std::string conninfo(const std::string& database) const;

private:
    std::string as_user() const;
    std::string root_, os_user_;
    int port_ = 0;
    bool roles_created_ = false;
};

// A TCP port nobody listens on right now.
int unused_tcp_port();

}  // namespace pgfleet::testing
