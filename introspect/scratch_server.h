#pragma once
// A throwaway local PostgreSQL for checking the desired state (`check --verify`): initdb in a
// temporary directory, a unix socket only, no TCP; stopped and removed when destroyed. Never
// the target database.
#include <string>

namespace pgfleet {

class ScratchServer {
public:
    // Starts the server. `bin_dir` empty: PGFLEET_PG_BIN, else the usual PostgreSQL 15 paths.
    // As root the server runs as `os_user` (initdb refuses root). Throws with the tool's output.
    explicit ScratchServer(std::string bin_dir = "", std::string os_user = "postgres");
    ~ScratchServer();
    ScratchServer(const ScratchServer&) = delete;
    ScratchServer& operator=(const ScratchServer&) = delete;

    std::string conninfo(const std::string& database) const;
    // Runs a SQL file with psql -v ON_ERROR_STOP=1; returns psql's output, throws on failure.
    std::string run_file(const std::string& database, const std::string& path) const;
    const std::string& bin_dir() const { return bin_dir_; }

private:
    std::string root_, bin_dir_, os_user_;
    int port_ = 5432;
};

// Runs a shell command; returns its exit status with stdout and stderr in `output`.
int run_shell(const std::string& command, std::string& output);

std::string shell_word(const std::string& word);

}  // namespace pgfleet
