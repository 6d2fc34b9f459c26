#include "fleet/password.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <sys/wait.h>

namespace pgfleet {

std::string run_password_command(const std::string& command) {
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("password_command could not be started");
    std::string out;
    std::array<char, 1024> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    int status = pclose(pipe);
    if (status != 0) {
        int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        throw std::runtime_error("password_command failed (exit status " + std::to_string(code) + ")");
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    if (out.empty()) throw std::runtime_error("password_command printed nothing");
    return out;
}

std::string password_from_env(const std::string& variable) {
    const char* value = std::getenv(variable.c_str());
    if (!value) throw std::runtime_error("password_env: environment variable " + variable + " is not set");
    return value;
}

}  // namespace pgfleet
