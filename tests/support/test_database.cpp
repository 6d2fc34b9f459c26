#include "tests/support/test_database.h"

#include <atomic>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

#include "tests/support/pg_server.h"

namespace pgfleet::testing {
namespace {

std::string psql_command(const std::string& database, const char* role = kMasterRole) {
    PgServer& s = PgServer::instance();
    return psql_program() + " -X -q -v ON_ERROR_STOP=1 -h " + shell_quote(s.socket_dir()) + " -p " +
           std::to_string(s.port()) + " -U " + role + " -d " + shell_quote(database);
}

void run_psql_file(const std::string& database, const std::string& path, const char* role) {
    std::string out;
    if (run_command(psql_command(database, role) + " -f " + shell_quote(path), &out) != 0)
        throw std::runtime_error("loading " + path + " failed:\n" + out);
}

}  // namespace

void psql(const std::string& database, const std::string& sql) {
    std::string out;
    if (run_command(psql_command(database) + " -c " + shell_quote(sql), &out) != 0)
        throw std::runtime_error("psql failed: " + sql + "\n" + out);
}

void psql_as_superuser(const std::string& database, const std::string& sql) {
    std::string out;
    if (run_command(psql_command(database, kSuperuser) + " -c " + shell_quote(sql), &out) != 0)
        throw std::runtime_error("psql failed: " + sql + "\n" + out);
}

TestDatabase::TestDatabase(const char* role) : role_(role) {
    static std::atomic<int> counter{0};
    name_ = "t_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    std::string out;
    if (run_command(psql_command("postgres", role_) + " -c " + shell_quote("CREATE DATABASE " + name_), &out) != 0)
        throw std::runtime_error("cannot create database " + name_ + ":\n" + out);
}

TestDatabase::~TestDatabase() {
    try {
        run_command(psql_command("postgres", role_) + " -c " + shell_quote("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"));
    } catch (...) {
        // A leftover database dies with the throwaway server.
    }
}

std::string TestDatabase::conninfo() const {
    return role_ == kSuperuser ? PgServer::instance().superuser_conninfo(name_) : PgServer::instance().conninfo(name_);
}

void TestDatabase::load_file(const std::string& path) const { run_psql_file(name_, path, role_); }

void TestDatabase::load_file_as_superuser(const std::string& path) const { run_psql_file(name_, path, kSuperuser); }

void TestDatabase::load_sql(const std::string& sql) const {
    char path[] = "/tmp/pgfleet-sql-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("cannot create a temporary file");
    close(fd);
    {
        std::ofstream f(path);
        f << sql;
    }
    try {
        load_file(path);
    } catch (...) {
        unlink(path);
        throw;
    }
    unlink(path);
}

std::string TestDatabase::dump_schema() const {
    PgServer& s = PgServer::instance();
    std::string out;
    std::string cmd = pg_dump_program() + " --schema-only -h " + shell_quote(s.socket_dir()) + " -p " +
                      std::to_string(s.port()) + " -U " + role_ + " -d " + shell_quote(name_);
    if (run_command(cmd, &out) != 0) throw std::runtime_error("pg_dump failed:\n" + out);
    return out;
}

}  // namespace pgfleet::testing
