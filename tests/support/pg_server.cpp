#include "tests/support/pg_server.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <unistd.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include "catalog/sql_name.h"
#include "introspect/session.h"

namespace pgfleet::testing {
namespace {

int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    int port = ntohs(addr.sin_port);
    close(fd);
    return port;
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace

int test_major() {
    static const int major = [] {
        const char* env = std::getenv("PGFLEET_TEST_MAJOR");
        if (!env || !*env) return 15;
        int m = std::atoi(env);
        if (m < 13 || m > 18) throw std::runtime_error("PGFLEET_TEST_MAJOR must be 13 to 18, not " + std::string(env));
        return m;
    }();
    return major;
}

std::string shell_quote(const std::string& word) {
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

int run_command(const std::string& command, std::string* output) {
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return -1;
    std::array<char, 4096> buf;
    std::string text;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) text.append(buf.data(), n);
    int status = pclose(pipe);
    if (output) *output = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string find_pg_bin_dir(int major) {
    if (const char* env = std::getenv("PGFLEET_PG_BIN")) return env;
    static std::map<int, std::string> found;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto it = found.find(major); it != found.end()) return it->second;
    std::string script = std::string(PGFLEET_SOURCE_DIR) + "/scripts/pg_servers.sh";
    // The script's progress goes to stderr; only its last line is the directory.
    std::string out;
    if (run_command(shell_quote(script) + " bin " + std::to_string(major), &out) != 0)
        throw std::runtime_error("PostgreSQL " + std::to_string(major) + " server binaries: " + out);
    out = trim(out);
    return found[major] = out.substr(out.find_last_of('\n') + 1);
}

// PGFLEET_CLIENT_BIN: client tools of the system's own PostgreSQL (a Debian 13 build runs
// with its 17's); else Debian 12's 15, and pg_client.sh's newer pg_dump for newer servers.
const char* client_bin_dir() { return std::getenv("PGFLEET_CLIENT_BIN"); }

std::string psql_program() {
    if (const char* dir = client_bin_dir()) return shell_quote(std::string(dir) + "/psql");
    return "/usr/lib/postgresql/15/bin/psql";
}

std::string pg_dump_program() {
    if (const char* dir = client_bin_dir()) return shell_quote(std::string(dir) + "/pg_dump");
    if (test_major() <= 15) return "/usr/lib/postgresql/15/bin/pg_dump";
    return shell_quote(std::string(PGFLEET_SOURCE_DIR) + "/scripts/pg_client.sh") + " pg_dump";
}

void create_master_role(const std::string& superuser_conninfo) {
    Session s(superuser_conninfo, "pgfleet-test-setup");
    s.execute("CREATE ROLE rds_superuser NOLOGIN");
    s.execute("GRANT pg_read_all_stats, pg_signal_backend, pg_monitor TO rds_superuser");
    s.execute("CREATE ROLE " + sql_ident(kMasterRole) + " LOGIN CREATEDB CREATEROLE");
    s.execute("GRANT rds_superuser TO " + sql_ident(kMasterRole));
    // Aurora keeps a database of its own that the master role may not connect to.
    s.execute("CREATE DATABASE rdsadmin");
    s.execute("REVOKE CONNECT, TEMPORARY ON DATABASE rdsadmin FROM PUBLIC");
}

PgServer& PgServer::instance() {
    static PgServer server;
    return server;
}

PgServer::PgServer() {
    major_ = test_major();
    bin_dir_ = find_pg_bin_dir(major_);
    // check --verify (run by tests as a separate process) starts its scratch server of this major.
    setenv("PGFLEET_PG_BIN", bin_dir_.c_str(), 0);
    char tmpl[] = "/tmp/pgfleet-test-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary directory");
    root_ = tmpl;
    socket_dir_ = root_;
    port_ = free_port();
    // initdb refuses to run as root: run the server as an unprivileged account.
    std::string as_user;
    if (geteuid() == 0) {
        os_user_ = std::getenv("PGFLEET_TEST_OS_USER") ? std::getenv("PGFLEET_TEST_OS_USER") : "postgres";
        run_command("chown " + shell_quote(os_user_) + " " + shell_quote(root_));
        as_user = "runuser -u " + shell_quote(os_user_) + " -- ";
    }
    std::string out;
    std::string initdb = as_user + shell_quote(bin_dir_ + "/initdb") + " -D " + shell_quote(root_ + "/data") +
                         " -U " + kSuperuser + " --auth=trust -E UTF8 --locale=C.UTF-8";
    if (run_command(initdb, &out) != 0) throw std::runtime_error("initdb failed:\n" + out);
    std::string opts = "-p " + std::to_string(port_) + " -k " + root_ +
                       " -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
                       " -c max_connections=200";
    std::string start = as_user + shell_quote(bin_dir_ + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") + " -l " +
                        shell_quote(root_ + "/log") + " -w -o " + shell_quote(opts) + " start";
    if (run_command(start, &out) != 0) throw std::runtime_error("pg_ctl start failed:\n" + out);
    create_master_role(superuser_conninfo("postgres"));
}

PgServer::~PgServer() {
    std::string as_user = os_user_.empty() ? "" : "runuser -u " + shell_quote(os_user_) + " -- ";
    run_command(as_user + shell_quote(bin_dir_ + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") +
                " -m immediate -w stop");
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
}

std::string PgServer::conninfo(const std::string& database) const {
    return "host=" + socket_dir_ + " port=" + std::to_string(port_) + " user=" + kMasterRole + " dbname=" + database;
}

std::string PgServer::superuser_conninfo(const std::string& database) const {
    return "host=" + socket_dir_ + " port=" + std::to_string(port_) + " user=" + kSuperuser + " dbname=" + database;
}

std::string PgServer::url(const std::string& database) const {
    return std::string("postgresql://") + kMasterRole + "@/" + database + "?host=" + socket_dir_ +
           "&port=" + std::to_string(port_);
}

}  // namespace pgfleet::testing
