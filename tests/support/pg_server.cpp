#include "tests/support/pg_server.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

#include <netinet/in.h>
#include <sys/socket.h>

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

}  // namespace

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

std::string find_pg_bin_dir() {
    if (const char* env = std::getenv("PGFLEET_PG_BIN")) return env;
    for (const char* dir : {"/usr/lib/postgresql/15/bin", "/usr/local/pgsql/bin", "/usr/pgsql-15/bin"})
        if (std::filesystem::exists(std::string(dir) + "/initdb")) return dir;
    throw std::runtime_error("PostgreSQL 15 server binaries not found; set PGFLEET_PG_BIN");
}

PgServer& PgServer::instance() {
    static PgServer server;
    return server;
}

PgServer::PgServer() {
    bin_dir_ = find_pg_bin_dir();
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
                         " -U postgres --auth=trust -E UTF8 --locale=C.UTF-8";
    if (run_command(initdb, &out) != 0) throw std::runtime_error("initdb failed:\n" + out);
    std::string opts = "-p " + std::to_string(port_) + " -k " + root_ +
                       " -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
                       " -c max_connections=200";
    std::string start = as_user + shell_quote(bin_dir_ + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") + " -l " +
                        shell_quote(root_ + "/log") + " -w -o " + shell_quote(opts) + " start";
    if (run_command(start, &out) != 0) throw std::runtime_error("pg_ctl start failed:\n" + out);
}

PgServer::~PgServer() {
    std::string as_user = os_user_.empty() ? "" : "runuser -u " + shell_quote(os_user_) + " -- ";
    run_command(as_user + shell_quote(bin_dir_ + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") +
                " -m immediate -w stop");
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
}

std::string PgServer::conninfo(const std::string& database) const {
    return "host=" + socket_dir_ + " port=" + std::to_string(port_) + " user=postgres dbname=" + database;
}

std::string PgServer::url(const std::string& database) const {
    return "postgresql://postgres@/" + database + "?host=" + socket_dir_ + "&port=" + std::to_string(port_);
}

}  // namespace pgfleet::testing
