#include "fleet/password.h"

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <poll.h>
#include <signal.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace pgfleet {
namespace {

struct Captured {
    std::string out, err;
    bool timed_out = false;
    int status = 0;
};

// Reads both pipes until they close or the deadline passes.
void drain(int out_fd, int err_fd, double timeout_seconds, Captured& c) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    std::string* sinks[2] = {&c.out, &c.err};
    int open = 2;
    while (open > 0) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            c.timed_out = true;
            return;
        }
        int ready = poll(fds, 2, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buf[1024];
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n > 0) sinks[i]->append(buf, static_cast<size_t>(n));
            else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1;
                --open;
            }
        }
    }
}

Captured run(const std::string& command, double timeout_seconds) {
    int out[2], err[2];
    if (pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("password_command could not be started");
    pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("password_command could not be started");
    if (pid == 0) {
        // A process group of its own, so a timeout kills whatever the shell started too.
        setpgid(0, 0);
        dup2(out[1], STDOUT_FILENO);
        dup2(err[1], STDERR_FILENO);
        close(out[0]), close(out[1]), close(err[0]), close(err[1]);
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    setpgid(pid, pid);
    close(out[1]), close(err[1]);
    Captured c;
    drain(out[0], err[0], timeout_seconds, c);
    if (c.timed_out) kill(-pid, SIGKILL);
    close(out[0]), close(err[0]);
    while (waitpid(pid, &c.status, 0) < 0 && errno == EINTR) {
    }
    return c;
}

// What the command wrote to stderr, described without repeating it.
std::string stderr_summary(const std::string& err) {
    if (err.empty()) return "nothing on stderr";
    size_t lines = 0;
    for (char ch : err) lines += ch == '\n';
    if (err.back() != '\n') ++lines;
    return std::to_string(lines) + (lines == 1 ? " line" : " lines") + " (" + std::to_string(err.size()) +
           " bytes) on stderr, not shown since it may hold secrets";
}

std::string exit_text(int status) {
    if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::string out = "exit status " + std::to_string(code);
    if (code == 127) out += ": command not found";
    if (code == 126) out += ": not executable";
    return out;
}

std::string timeout_text(double s) {
    double rounded = std::round(s * 10) / 10;
    std::string text = std::to_string(rounded);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text + " s";
}

}  // namespace

std::string run_password_command(const std::string& command, double timeout_seconds) {
    Captured c = run(command, timeout_seconds);
    if (c.timed_out)
        throw std::runtime_error("password_command timed out after " + timeout_text(timeout_seconds) +
                                 " and was stopped (" + stderr_summary(c.err) +
                                 "); raise timeouts.password_command if it needs longer");
    if (!WIFEXITED(c.status) || WEXITSTATUS(c.status) != 0)
        throw std::runtime_error("password_command failed (" + exit_text(c.status) + "; " + stderr_summary(c.err) + ")");
    while (!c.out.empty() && (c.out.back() == '\n' || c.out.back() == '\r')) c.out.pop_back();
    if (c.out.empty()) throw std::runtime_error("password_command printed nothing (" + stderr_summary(c.err) + ")");
    return c.out;
}

std::string password_from_env(const std::string& variable) {
    const char* value = std::getenv(variable.c_str());
    if (!value) throw std::runtime_error("password_env: environment variable " + variable + " is not set");
    return value;
}

}  // namespace pgfleet
