#pragma once
// One fresh database per test case on the shared throwaway server; dropped afterwards.
#include <string>

namespace pgfleet::testing {

class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& name() const { return name_; }
    std::string conninfo() const;
    // Runs SQL text with psql -v ON_ERROR_STOP=1; throws with psql's output on failure.
    void load_sql(const std::string& sql) const;
    void load_file(const std::string& path) const;
    // pg_dump --schema-only of the database.
    std::string dump_schema() const;

private:
    std::string name_;
};

// psql against the shared server and a database, for setup statements.
void psql(const std::string& database, const std::string& sql);

}  // namespace pgfleet::testing
