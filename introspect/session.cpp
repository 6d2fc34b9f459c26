#include "introspect/session.h"

#include <chrono>
#include <poll.h>
#include <regex>
#include <unistd.h>

#include <pqxx/pqxx>

namespace pgfleet {

struct Session::Impl {
    std::unique_ptr<pqxx::connection> conn;
};

namespace {

// libpq reads application_name from the connection string; keyword strings and URLs differ.
std::string with_application_name(const std::string& conninfo, const std::string& app) {
    if (conninfo.find("application_name") != std::string::npos) return conninfo;
    if (conninfo.rfind("postgres://", 0) == 0 || conninfo.rfind("postgresql://", 0) == 0)
        return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + "application_name=" + app;
    return conninfo + (conninfo.empty() ? "" : " ") + "application_name=" + app;
}

// The server's message without libpq's "ERROR:  " prefix and final newline: callers add
// where it happened (the step and statement, the tenant) in front of it.
std::string server_message(const std::string& text) {
    std::string out = text;
    for (const char* prefix : {"ERROR:  ", "FATAL:  ", "PANIC:  "})
        if (out.rfind(prefix, 0) == 0) out.erase(0, std::char_traits<char>::length(prefix));
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

Session::Session(const std::string& conninfo, const std::string& application_name) : impl_(new Impl) {
    try {
        impl_->conn = std::make_unique<pqxx::connection>(with_application_name(conninfo, application_name));
    } catch (const pqxx::broken_connection& e) {
        throw ConnectionError(std::string("cannot connect to ") + redact_conninfo(conninfo) + ": " + e.what());
    }
}

Session::~Session() { close(); }

void Session::close() {
    if (impl_ && impl_->conn) {
#if PQXX_VERSION_MAJOR >= 7
        impl_->conn->close();
#else
        impl_->conn->disconnect();  // libpqxx 6 (Debian 12); 7 renamed it close()
#endif
        impl_->conn.reset();
    }
}

void Session::close_and_wait(double timeout_seconds) {
    if (!impl_ || !impl_->conn) return;
    // The server closes its end of the socket only when the backend exits (after it left
    // pg_stat_activity); a duplicate of our descriptor sees that end-of-file.
    int watch = impl_->conn->sock() >= 0 ? dup(impl_->conn->sock()) : -1;
    close();
    if (watch < 0) return;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
    char buf[256];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        pollfd p{watch, POLLIN, 0};
        if (poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
        if (read(watch, buf, sizeof buf) <= 0) break;
    }
    ::close(watch);
}

std::vector<Row> Session::query(const std::string& sql) {
    if (!impl_->conn) throw ConnectionError("session is closed");
    try {
        pqxx::nontransaction tx(*impl_->conn);
        pqxx::result r = tx.exec(sql);
        std::vector<Row> rows;
        rows.reserve(r.size());
        for (const auto& row : r) {
            Row out;
            out.reserve(row.size());
            for (const auto& field : row) {
                if (field.is_null()) out.emplace_back(std::nullopt);
                else out.emplace_back(field.c_str());
            }
            rows.push_back(std::move(out));
        }
        return rows;
    } catch (const pqxx::sql_error& e) {
        throw SqlError(server_message(e.what()), e.sqlstate());
    } catch (const pqxx::broken_connection& e) {
        throw ConnectionError(e.what());
    }
}

std::string Session::query_value(const std::string& sql) {
    auto rows = query(sql);
    if (rows.empty() || rows[0].empty() || !rows[0][0]) return "";
    return *rows[0][0];
}

void Session::execute(const std::string& sql) { query(sql); }

int Session::server_version_major() {
    if (!impl_->conn) throw ConnectionError("session is closed");
    return impl_->conn->server_version() / 10000;
}

const ServerVersion& Session::server_version() {
    if (!impl_->conn) throw ConnectionError("session is closed");
    return ServerVersion::from_version_num(impl_->conn->server_version());
}

int Session::backend_pid() { return impl_->conn->backendpid(); }

std::string Session::database() { return impl_->conn->dbname(); }

std::string redact_conninfo(const std::string& conninfo) {
    static const std::regex url_password(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    static const std::regex keyword_password(R"((^|\s)password\s*=\s*('([^'\\]|\\.)*'|\S+))");
    static const std::regex query_password(R"(([?&])password=[^&]*)");
    std::string out = std::regex_replace(conninfo, url_password, "$1:***@");
    out = std::regex_replace(out, keyword_password, "$1password=***");
    out = std::regex_replace(out, query_password, "$1password=***");
    return out;
}

}  // namespace pgfleet
