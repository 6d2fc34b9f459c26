#pragma once
// A throwaway PostgreSQL server for tests: initdb in a temp dir, unix socket only, started
// once per test process (as an unprivileged user when running as root) and stopped at exit.
#include <string>

namespace pgfleet::testing {

class PgServer {
public:
    // The shared server, started on first use. Throws when PostgreSQL cannot be started.
    static PgServer& instance();

    // Connection string for a database on this server ("host=... port=... dbname=...").
    std::string conninfo(const std::string& database) const;
    // postgresql:// URL for a database (for tools that take URLs).
    std::string url(const std::string& database) const;
    const std::string& socket_dir() const { return socket_dir_; }
    int port() const { return port_; }
    // Directory of the server binaries (initdb, pg_ctl, psql, pg_dump).
    const std::string& bin_dir() const { return bin_dir_; }

    ~PgServer();

private:
    PgServer();
    std::string root_, socket_dir_, bin_dir_, os_user_;
    int port_ = 0;
};

// The directory holding initdb/pg_ctl for PostgreSQL 15 (PGFLEET_PG_BIN overrides).
std::string find_pg_bin_dir();

// Runs a shell command, returns its exit status; stdout+stderr go to `output` when given.
int run_command(const std::string& command, std::string* output = nullptr);

// Single-quotes a word for the shell.
std::string shell_quote(const std::string& word);

}  // namespace pgfleet::testing
