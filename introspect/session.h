#pragma once
// One short-lived database session (libpqxx kept inside session.cpp): connect, work, close.
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "catalog/server_version.h"

namespace pgfleet {

// A failed SQL statement: the server's message and SQLSTATE.
struct SqlError : std::runtime_error {
    SqlError(const std::string& message, std::string sqlstate)
        : std::runtime_error(message), sqlstate(std::move(sqlstate)) {}
    std::string sqlstate;
};

// The server could not be reached or the session broke.
struct ConnectionError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using Row = std::vector<std::optional<std::string>>;

class Session {
public:
    // Connects with a libpq URL or keyword string; PG* environment and ~/.pgpass apply.
    Session(const std::string& conninfo, const std::string& application_name = "pgfleet");
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Runs SQL (one or more statements) and returns the rows of the last one.
    std::vector<Row> query(const std::string& sql);
    // The first column of the first row as text ("" when NULL or no rows).
    std::string query_value(const std::string& sql);
    void execute(const std::string& sql);

    // The server's major, and what pgfleet knows of it (catalog/server_version.h), from the
    // version libpq learned at connect; throws for a major pgfleet does not support.
    int server_version_major();
    const ServerVersion& server_version();
    int backend_pid();
    std::string database();
    // Closes the connection now (the destructor does it too).
    void close();
    // Closes the connection and waits (at most `timeout_seconds`) until the server process
    // serving it has exited, so a session budget counted on the server is really free again.
    void close_and_wait(double timeout_seconds = 2.0);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The connection string with any password removed, safe to print.
std::string redact_conninfo(const std::string& conninfo);

}  // namespace pgfleet
