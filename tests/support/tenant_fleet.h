#pragma once
// A fleet of tenant databases on the shared test server, cloned from a template database
// (fast: no schema is replayed per tenant), and a pgfleet.yaml that points at them.
#include <string>
#include <vector>

namespace pgfleet::testing {

class TenantFleet {
public:
    // Creates `count` databases "<prefix>_001".. from a template loaded with `schema_sql`.
    TenantFleet(const std::string& prefix, int count, const std::string& schema_sql);
    ~TenantFleet();
    TenantFleet(const TenantFleet&) = delete;
    TenantFleet& operator=(const TenantFleet&) = delete;

    const std::vector<std::string>& databases() const { return databases_; }
    const std::string& prefix() const { return prefix_; }
    // Runs SQL on one tenant database.
    void execute(const std::string& database, const std::string& sql) const;
    std::string conninfo(const std::string& database) const;

private:
    std::string prefix_, template_;
    std::vector<std::string> databases_;
};

// A scratch directory under /tmp, removed with the object.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    // Writes `content` to a file in the directory and returns its path.
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::string path_;
};

// Reads a whole file.
std::string read_text_file(const std::string& path);

}  // namespace pgfleet::testing
