#pragma once
// A pgfleet process started in the background (several run at once, as a job engine's
// workers do), its output kept in a file, killable with SIGKILL.
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <stdexcept>
#include <string>

#include "tests/support/pg_server.h"
#include "tests/support/tenant_fleet.h"

namespace pgfleet::testing {

class WorkerProcess {
public:
    // Runs `PGFLEET_BINARY args` with `env` added to the environment; stdout and stderr go to `log`.
    WorkerProcess(const std::string& args, const std::string& log, const std::map<std::string, std::string>& env = {})
        : log_(log) {
        std::string command = "exec env";
        for (const auto& [k, v] : env) command += " " + k + "=" + shell_quote(v);
        command += std::string(" ") + PGFLEET_BINARY + " " + args + " >" + shell_quote(log) + " 2>&1";
        pid_ = fork();
        if (pid_ < 0) throw std::runtime_error("fork failed");
        if (pid_ == 0) {
            execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
    }
    ~WorkerProcess() {
        if (pid_ > 0 && !waited_) {
            ::kill(pid_, SIGKILL);
            wait();
        }
    }
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    pid_t pid() const { return pid_; }
    void kill9() { ::kill(pid_, SIGKILL); }
    // The exit status; 128 + the signal when a signal ended it.
    int wait() {
        if (!waited_) {
            int status = 0;
            waitpid(pid_, &status, 0);
            code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            waited_ = true;
        }
        return code_;
    }
    std::string output() const { return read_text_file(log_); }

private:
    std::string log_;
    pid_t pid_ = -1;
    bool waited_ = false;
    int code_ = -1;
};

}  // namespace pgfleet::testing
