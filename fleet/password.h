#pragma once
// Passwords for cluster connections: from an environment variable or a command's stdout
// (an IAM auth token, a Secrets Manager read). Never stored, never printed.
#include <string>

namespace pgfleet {

// Runs `command` with /bin/sh and returns its stdout without the trailing newline.
// Throws std::runtime_error (naming the exit status, not the output) when it fails.
std::string run_password_command(const std::string& command);

// The password from the environment variable; throws when it is unset.
std::string password_from_env(const std::string& variable);

}  // namespace pgfleet
