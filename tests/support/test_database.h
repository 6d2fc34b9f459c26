#pragma once
// One fresh database per test case on the shared throwaway server, created by (and owned by)
// the master role; dropped afterwards.
#include <string>

#include "tests/support/pg_server.h"

namespace pgfleet::testing {

class TestDatabase {
public:
    // `role`: who creates, loads, reads and dumps it. Only cases whose objects no role but a
    // superuser may create (foreign-data wrappers, event triggers) pass kSuperuser.
    explicit TestDatabase(const char* role = kMasterRole);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& name() const { return name_; }
    std::string conninfo() const;
    // Runs SQL text with psql -v ON_ERROR_STOP=1; throws with psql's output on failure.
    void load_sql(const std::string& sql) const;
    void load_file(const std::string& path) const;
    // Loading as the server's superuser: for what only it may create (the real schemas are
    // loaded this way, as on Aurora where they were made before pgfleet came).
    void load_file_as_superuser(const std::string& path) const;
    // pg_dump --schema-only of the database.
    std::string dump_schema() const;

private:
    std::string name_;
    const char* role_;
};

// psql against the shared server and a database, for setup statements (as the master role).
void psql(const std::string& database, const std::string& sql);
// The same as the superuser, for server setup only.
void psql_as_superuser(const std::string& database, const std::string& sql);

}  // namespace pgfleet::testing
