#pragma once
// Passwords for cluster connections: from an environment variable or a command's stdout
// (an IAM auth token, a Secrets Manager read). Never stored, never printed.
#include <string>

namespace pgfleet {

// Runs `command` with /bin/sh and returns its stdout without the trailing newline. Throws
// std::runtime_error when it fails, prints nothing, or runs longer than `timeout_seconds`
// (then it and everything it started are killed). The message gives the exit status and a
// summary of what it wrote to stderr (lines and bytes, never the text: it may hold secrets).
std::string run_password_command(const std::string& command, double timeout_seconds = 30);

// The password from the environment variable; throws when it is unset.
std::string password_from_env(const std::string& variable);

}  // namespace pgfleet
