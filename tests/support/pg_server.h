#pragma once
// A throwaway PostgreSQL server for tests: initdb in a temp dir, unix socket only, started
// once per test process (as an unprivileged user when running as root) and stopped at exit.
//
// The server is of the major PGFLEET_TEST_MAJOR names (13 to 18, default 15). Its superuser
// only sets it up: tests connect as an Aurora-like master role that is not a superuser
// (LOGIN CREATEDB CREATEROLE, member of a NOLOGIN rds_superuser holding pg_read_all_stats,
// pg_signal_backend and pg_monitor), beside a database it may not connect to (rdsadmin).
#include <string>

namespace pgfleet::testing {

// The roles of every test server.
inline constexpr const char* kMasterRole = "pgfleet_master";
inline constexpr const char* kSuperuser = "postgres";

// The major the tests run on: PGFLEET_TEST_MAJOR, else 15.
int test_major();

class PgServer {
public:
    // The shared server, started on first use. Throws when PostgreSQL cannot be started.
    static PgServer& instance();

    // Connection string for a database on this server, as the master role.
    std::string conninfo(const std::string& database) const;
    // postgresql:// URL for a database, as the master role (for tools that take URLs).
    std::string url(const std::string& database) const;
    // The same as the superuser: for setting the server up, nothing else.
    std::string superuser_conninfo(const std::string& database) const;
    const std::string& socket_dir() const { return socket_dir_; }
    int port() const { return port_; }
    int major() const { return major_; }

    ~PgServer();

private:
    PgServer();
    std::string root_, socket_dir_, bin_dir_, os_user_;
    int port_ = 0, major_ = 0;
};

// The directory holding initdb, pg_ctl and postgres of a major: PGFLEET_PG_BIN, else what
// scripts/pg_servers.sh installs (and caches) for it.
std::string find_pg_bin_dir(int major = test_major());

// Shell command prefixes of the client tools for the test major: Debian's psql 15 talks to
// every major; pg_dump 15 refuses newer servers, so those get pg_dump 18 (scripts/pg_client.sh).
std::string psql_program();
std::string pg_dump_program();

// As the superuser on a fresh server: the master role, rds_superuser and rdsadmin.
void create_master_role(const std::string& superuser_conninfo);

// Runs a shell command, returns its exit status; stdout+stderr go to `output` when given.
int run_command(const std::string& command, std::string* output = nullptr);

// Single-quotes a word for the shell.
std::string shell_quote(const std::string& word);

}  // namespace pgfleet::testing
