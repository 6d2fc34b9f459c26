#include "tests/support/pg_instance.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include "tests/support/pg_server.h"

namespace pgfleet::testing {

int unused_tcp_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    close(fd);
    return ntohs(addr.sin_port);
}

PgInstance::PgInstance() {
    char tmpl[] = "/tmp/pgfleet-inst-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary directory");
    root_ = tmpl;
    port_ = unused_tcp_port();
    if (geteuid() == 0) {
        os_user_ = std::getenv("PGFLEET_TEST_OS_USER") ? std::getenv("PGFLEET_TEST_OS_USER") : "postgres";
        run_command("chown " + shell_quote(os_user_) + " " + shell_quote(root_));
    }
    std::string out;
    if (run_command(as_user() + shell_quote(find_pg_bin_dir() + "/initdb") + " -D " + shell_quote(root_ + "/data") +
                        " -U " + kSuperuser + " --auth=trust -E UTF8 --locale=C.UTF-8",
                    &out) != 0)
        throw std::runtime_error("initdb failed:\n" + out);
}

PgInstance::~PgInstance() {
    run_command(as_user() + shell_quote(find_pg_bin_dir() + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") +
                " -m immediate -w stop");
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
}

std::string PgInstance::as_user() const {
    return os_user_.empty() ? "" : "runuser -u " + shell_quote(os_user_) + " -- ";
}

void PgInstance::start() {
    std::string opts = "-p " + std::to_string(port_) + " -k " + root_ +
                       " -c listen_addresses='' -c fsync=off -c max_connections=40";
    std::string out;
    if (run_command(as_user() + shell_quote(find_pg_bin_dir() + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") +
                        " -l " + shell_quote(root_ + "/log") + " -w -o " + shell_quote(opts) + " start",
                    &out) != 0)
        throw std::runtime_error("pg_ctl start failed:\n" + out);
    if (!roles_created_) {
        create_master_role("host=" + root_ + " port=" + std::to_string(port_) + " user=" + kSuperuser + " dbname=postgres");
        roles_created_ = true;
    }
}

void PgInstance::stop() {
    std::string out;
    if (run_command(as_user() + shell_quote(find_pg_bin_dir() + "/pg_ctl") + " -D " + shell_quote(root_ + "/data") +
                        " -m fast -w stop",
                    &out) != 0)
        throw std::runtime_error("pg_ctl stop failed:\n" + out);
}

std::string PgInstance::url(const std::string& database) const {
    return std::string("postgresql://") + kMasterRole + "@/" + database + "?host=" + root_ + "&port=" + std::to_string(port_);
}

std::string PgInstance::conninfo(const std::string& database) const {
    return "host=" + root_ + " port=" + std::to_string(port_) + " user=" + kMasterRole + " dbname=" + database;
}

}  // namespace pgfleet::testing
