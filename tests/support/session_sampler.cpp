#include "tests/support/session_sampler.h"

#include <algorithm>
#include <chrono>

#include "catalog/sql_name.h"
#include "introspect/session.h"

namespace pgfleet::testing {
namespace {

std::string count_sql(const std::string& application_name) {
    return "SELECT count(*) FROM pg_stat_activity WHERE application_name = " + sql_literal(application_name);
}

}  // namespace

SessionSampler::SessionSampler(const std::string& conninfo, const std::string& application_name) {
    auto session = std::make_shared<Session>(conninfo, "pgfleet-test-sampler");
    std::string sql = count_sql(application_name);
    thread_ = std::thread([this, session, sql] {
        while (!stop_) {
            // pg_stat_activity is a snapshot per transaction; each query is its own.
            int n = std::stoi(session->query_value(sql));
            max_ = std::max(max_.load(), n);
            ++samples_;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        session->close();
    });
}

SessionSampler::~SessionSampler() { stop(); }

int SessionSampler::stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    return max_;
}

int count_sessions(const std::string& conninfo, const std::string& application_name) {
    Session s(conninfo, "pgfleet-test-sampler");
    return std::stoi(s.query_value(count_sql(application_name)));
}

}  // namespace pgfleet::testing
