#include "fleet/connector.h"

#include <cmath>

#include "fleet/password.h"
#include "introspect/conninfo.h"

namespace pgfleet {
namespace {

// IAM auth tokens live 15 minutes; a command's password is fetched again after 10.
constexpr std::chrono::minutes kPasswordLifetime{10};

std::string whole_millis(double seconds) { return std::to_string(static_cast<long long>(std::llround(seconds * 1000))); }

}  // namespace

Connector::Connector(ServerAddress address, const FleetConfig& config)
    : address_(std::move(address)),
      application_name_(config.application_name),
      wake_(config.wake),
      timeouts_(config.timeouts) {}

std::string Connector::host() const {
    ConnParams p = parse_conninfo(address_.url);
    return p.count("host") ? p["host"] : "";
}

std::string Connector::password() const {
    if (address_.password_env.empty() && address_.password_command.empty()) return "";
    std::lock_guard lock(mutex_);
    auto now = std::chrono::steady_clock::now();
    if (password_.empty() || now - fetched_ > kPasswordLifetime) {
        try {
            password_ = address_.password_env.empty()
                            ? run_password_command(address_.password_command, timeouts_.password_command_seconds)
                            : password_from_env(address_.password_env);
        } catch (const std::runtime_error& e) {
            throw std::runtime_error(address_.label + ": " + e.what());
        }
        fetched_ = now;
    }
    return password_;
}

std::string Connector::conninfo(const std::string& database) const {
    ConnParams params = parse_conninfo(address_.url);
    if (!database.empty()) params["dbname"] = database;
    params["application_name"] = application_name_;
    if (timeouts_.connect_seconds > 0)
        params["connect_timeout"] = std::to_string(std::max<long long>(1, std::llround(timeouts_.connect_seconds)));
    std::string options = params.count("options") ? params["options"] + " " : "";
    options += "-c lock_timeout=" + whole_millis(timeouts_.lock_seconds) +
               " -c statement_timeout=" + whole_millis(timeouts_.statement_seconds);
    params["options"] = options;
    std::string pw = password();
    if (!pw.empty()) params["password"] = pw;
    return format_conninfo(params);
}

WakeResult Connector::connect(const std::string& database) const {
    std::string where = address_.label + (database.empty() ? "" : "/" + database);
    auto attempt = [&]() -> std::unique_ptr<Session> {
        std::string ci = conninfo(database);
        try {
            return std::make_unique<Session>(ci, application_name_);
        } catch (const ConnectionError& e) {
            // Session's message names the whole connection string; the server and
            // database are what a reader needs.
            std::string message = e.what();
            std::string prefix = "cannot connect to " + redact_conninfo(ci) + ": ";
            if (message.rfind(prefix, 0) == 0) message = message.substr(prefix.size());
            while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
            throw ConnectionError("cannot connect to " + where + ": " + message);
        }
    };
    return connect_with_wake(attempt, wake_);
}

}  // namespace pgfleet
