#include "introspect/scratch_server.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

namespace pgfleet {
namespace {

std::string find_bin_dir(const std::string& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("PGFLEET_PG_BIN")) return env;
    for (const char* dir : {"/usr/lib/postgresql/15/bin", "/usr/local/pgsql/bin", "/usr/pgsql-15/bin"})
        if (std::filesystem::exists(std::string(dir) + "/initdb")) return dir;
    throw std::runtime_error("PostgreSQL 15 server binaries (initdb, pg_ctl) not found; set PGFLEET_PG_BIN");
}

}  // namespace

std::string shell_word(const std::string& word) {
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

int run_shell(const std::string& command, std::string& output) {
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return -1;
    std::array<char, 4096> buf;
    output.clear();
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) output.append(buf.data(), n);
    int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

ScratchServer::ScratchServer(std::string bin_dir, std::string os_user) : bin_dir_(find_bin_dir(bin_dir)) {
    char tmpl[] = "/tmp/pgfleet-verify-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary directory");
    root_ = tmpl;
    // The socket lives in its own directory, so any port number is free: no TCP at all.
    if (geteuid() == 0) {
        os_user_ = os_user;
        std::string ignored;
        run_shell("chown " + shell_word(os_user_) + " " + shell_word(root_), ignored);
    }
    std::string as = os_user_.empty() ? "" : "runuser -u " + shell_word(os_user_) + " -- ";
    std::string out;
    if (run_shell(as + shell_word(bin_dir_ + "/initdb") + " -D " + shell_word(root_ + "/data") +
                      " -U postgres --auth=trust -E UTF8 --locale=C.UTF-8",
                  out) != 0) {
        std::filesystem::remove_all(root_);
        throw std::runtime_error("initdb failed:\n" + out);
    }
    std::string opts = "-p " + std::to_string(port_) + " -k " + root_ +
                       " -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off";
    if (run_shell(as + shell_word(bin_dir_ + "/pg_ctl") + " -D " + shell_word(root_ + "/data") + " -l " +
                      shell_word(root_ + "/log") + " -w -o " + shell_word(opts) + " start",
                  out) != 0) {
        std::filesystem::remove_all(root_);
        throw std::runtime_error("pg_ctl start failed:\n" + out);
    }
}

ScratchServer::~ScratchServer() {
    std::string as = os_user_.empty() ? "" : "runuser -u " + shell_word(os_user_) + " -- ";
    std::string ignored;
    run_shell(as + shell_word(bin_dir_ + "/pg_ctl") + " -D " + shell_word(root_ + "/data") + " -m immediate -w stop",
              ignored);
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
}

std::string ScratchServer::conninfo(const std::string& database) const {
    return "host=" + root_ + " port=" + std::to_string(port_) + " user=postgres dbname=" + database;
}

std::string ScratchServer::run_file(const std::string& database, const std::string& path) const {
    std::string out;
    std::string psql = shell_word(bin_dir_ + "/psql");
    if (!std::filesystem::exists(bin_dir_ + "/psql")) psql = "psql";
    int rc = run_shell(psql + " -X -q -v ON_ERROR_STOP=1 -d " + shell_word(conninfo(database)) + " -f " +
                           shell_word(path),
                       out);
    if (rc != 0) throw std::runtime_error(path + ": PostgreSQL rejected it:\n" + out);
    return out;
}

}  // namespace pgfleet
