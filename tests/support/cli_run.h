#pragma once
// Running the pgfleet binary the build made, as a user would, with its exit code and output.
#include <string>

#include "tests/support/pg_server.h"

namespace pgfleet::testing {

struct CliRun {
    int code;
    std::string output;  // stdout and stderr
};

inline CliRun run_pgfleet(const std::string& args) {
    CliRun r;
    r.code = run_command(std::string(PGFLEET_BINARY) + " " + args, &r.output);
    return r;
}

}  // namespace pgfleet::testing
