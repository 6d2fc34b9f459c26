// password_command: its stdout is the password; a command that hangs is stopped after the
// timeout (with whatever it started), and failures describe stderr without repeating it.
#include <catch2/catch.hpp>

#include <chrono>

#include "fleet/config.h"
#include "fleet/password.h"

using namespace pgfleet;

namespace {

std::string failure_of(const std::string& command, double timeout = 5) {
    try {
        run_password_command(command, timeout);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("password_command: stdout without the newline is the password", "[unit]") {
    CHECK(run_password_command("printf 'tok3n\\n'") == "tok3n");
    CHECK(run_password_command("echo warming up >&2; echo pw") == "pw");
}

TEST_CASE("password_command: a hung command times out, and so does what it started", "[unit]") {
    auto start = std::chrono::steady_clock::now();
    std::string message = failure_of("echo 'aws: waiting for sso login' >&2; sleep 60 & sleep 60", 0.5);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(message == "password_command timed out after 0.5 s and was stopped (1 line (27 bytes) on stderr, not shown "
                     "since it may hold secrets); raise timeouts.password_command if it needs longer");
    CHECK(seconds < 5);
}

TEST_CASE("password_command: failures summarize stderr, never copy it", "[unit]") {
    std::string failed = failure_of("echo 'token=hunter2-secret' >&2; echo 'second line' >&2; exit 3");
    CHECK(failed == "password_command failed (exit status 3; 2 lines (33 bytes) on stderr, not shown since it may hold "
                    "secrets)");
    CHECK(failed.find("hunter2") == std::string::npos);
    CHECK_THAT(failure_of("/nonexistent/token-helper"),
               Catch::StartsWith("password_command failed (exit status 127: command not found; 1 line ("));
    CHECK(failure_of("true") == "password_command printed nothing (nothing on stderr)");
}

TEST_CASE("timeouts.password_command is configurable and must be positive", "[unit]") {
    const std::string base = "schema: s\nclusters:\n  - name: main\n    url: host=/x\ntenants: {list: [a]}\n";
    CHECK(parse_fleet_config(base, "/tmp/pgfleet.yaml").timeouts.password_command_seconds == 30);
    CHECK(parse_fleet_config(base + "timeouts: {password_command: 2m}\n", "/tmp/pgfleet.yaml")
              .timeouts.password_command_seconds == 120);
    CHECK_THROWS_WITH(parse_fleet_config(base + "timeouts: {password_command: 0}\n", "/tmp/pgfleet.yaml"),
                      Catch::Contains("pgfleet.yaml:6:30: error: the password_command timeout must be above 0"));
}
