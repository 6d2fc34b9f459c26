#include "bench/bench_workers.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/sql_name.h"
#include "introspect/conninfo.h"
#include "introspect/session.h"

namespace pgfleet::bench {
namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr const char* kApp = "pgfleet-bench";
constexpr const char* kDir = "/tmp/pgfleet-bench-workers";
constexpr const char* kChange = "\nALTER TABLE manifests ADD COLUMN archived_at timestamptz;\n";

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string tenant_name(int i) {
    char name[32];
    std::snprintf(name, sizeof name, "bench_%04d", i);
    return name;
}

// Highest number of pgfleet sessions seen on each half of the tenants (cluster c1, c2); the
// workers' sessions on the control database (bench_control, one each) are not a cluster's.
class ClusterPeaks {
public:
    ClusterPeaks(const std::string& url, int half) : session_(url, "pgfleet-bench-sampler") {
        std::string sql = std::string("SELECT count(*) FILTER (WHERE datname <= ") + sql_literal(tenant_name(half)) +
                          "), count(*) FILTER (WHERE datname > " + sql_literal(tenant_name(half)) +
                          ") FROM pg_stat_activity WHERE application_name = " + sql_literal(kApp) +
                          " AND datname ~ '^bench_[0-9]+$'";
        thread_ = std::thread([this, sql] {
            while (!stop_) {
                auto r = session_.query(sql);
                peak1_ = std::max(peak1_.load(), std::stoi(r.at(0).at(0).value_or("0")));
                peak2_ = std::max(peak2_.load(), std::stoi(r.at(0).at(1).value_or("0")));
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }
    std::pair<int, int> stop() {
        stop_ = true;
        thread_.join();
        return {peak1_, peak2_};
    }

private:
    Session session_;
    std::atomic<bool> stop_{false};
    std::atomic<int> peak1_{0}, peak2_{0};
    std::thread thread_;
};

std::string config_yaml(const WorkersBench& b, const std::string& control_url) {
    std::string yaml = "schema: " + std::string(kDir) + "/schema\nstate_dir: " + kDir + "/state\napplication_name: " +
                       kApp + "\nclusters:\n  - {name: c1, url: \"" + b.url + "\"}\n  - {name: c2, url: \"" + b.url +
                       "\"}\ntenants:\n  control: \"" + control_url + "\"\n  list:\n";
    for (int i = 1; i <= b.tenants; ++i)
        yaml += std::string("    - ") + (i <= b.tenants / 2 ? "c1/" : "c2/") + tenant_name(i) + "\n";
    return yaml + "connections: {max_per_cluster: " + std::to_string(b.budget) +
           ", max_share: 0.5}\njournal: {table: bench_journal}\ncanaries: [c1/bench_0001]\n"
           "waves:\n  - {name: early, share: 10%}\n  - {name: middle, share: 40%}\n  - {name: rest}\n";
}

pid_t spawn(const std::string& command) {
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

int wait_for(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

void run_workers_bench(const WorkersBench& b) {
    fs::remove_all(kDir);
    fs::create_directories(std::string(kDir) + "/schema");
    std::ofstream(std::string(kDir) + "/schema/all.sql") << b.current_sql + kChange;
    {
        Session admin(b.url, "pgfleet-bench-setup");
        admin.execute("DROP DATABASE IF EXISTS bench_control WITH (FORCE)");
        admin.execute("CREATE DATABASE bench_control");
    }
    std::string control_url = conninfo_with(b.url, {{"dbname", "bench_control"}});
    std::string config = std::string(kDir) + "/pgfleet.yaml";
    std::ofstream(config) << config_yaml(b, control_url);
    std::string base = b.pgfleet + " fleet ";
    auto t0 = Clock::now();
    int plan_code = wait_for(spawn(base + "plan -q --config " + config + " -o " + kDir + "/plan.json >" + kDir +
                                   "/plan.log 2>&1"));
    double plan_s = since(t0);
    if (plan_code != 2) std::fprintf(stderr, "warning: fleet plan exited %d (see %s/plan.log)\n", plan_code, kDir);

    ClusterPeaks peaks(b.url, b.tenants / 2);
    t0 = Clock::now();
    std::vector<pid_t> pids;
    for (int i = 0; i < b.workers; ++i)
        pids.push_back(spawn(base + "apply -q --config " + config + " --plan " + kDir + "/plan.json --run bench" +
                             " --shard-index " + std::to_string(i) + " --shard-count " + std::to_string(b.workers) +
                             " --worker w" + std::to_string(i) + " --json " + kDir + "/w" + std::to_string(i) +
                             ".json >" + kDir + "/w" + std::to_string(i) + ".log 2>&1"));
    int failed = 0;
    for (pid_t p : pids) failed += wait_for(p) != 0;
    double apply_s = since(t0);
    auto [peak1, peak2] = peaks.stop();

    nlohmann::json report;
    std::ifstream(std::string(kDir) + "/w0.json") >> report;
    std::printf("\n%d workers, one run: %d tenants on 2 clusters (budget %d each), canary + 3 waves; %d worker%s failed\n\n",
                b.workers, b.tenants, b.budget, failed, failed == 1 ? "" : "s");
    std::printf("%-46s %8s %9s %12s %8s %9s\n", "", "sessions", "total s", "per tenant", "x floor", "peak c1/c2");
    std::printf("%-46s %8d %9.2f %9.2f ms %8.2f %9s\n", "fleet plan (one process, full reads)", 2 * b.budget, plan_s,
                plan_s * 1000 / b.tenants, plan_s / b.floor_seconds, "");
    char peak[32];
    std::snprintf(peak, sizeof peak, "%d/%d", peak1, peak2);
    std::printf("%-46s %8d %9.2f %9.2f ms %8.2f %9s\n",
                ("fleet apply, " + std::to_string(b.workers) + " workers (1 statement)").c_str(), 2 * b.budget, apply_s,
                apply_s * 1000 / b.tenants, apply_s / b.floor_seconds, peak);
    std::printf("\n%-10s %8s %8s %10s %10s\n", "wave", "tenants", "applied", "p50 ms", "p95 ms");
    for (const auto& w : report["waves"]) {
        auto ms = [](const nlohmann::json& v) { return v.is_null() ? -1.0 : v.get<double>() * 1000; };
        std::printf("%-10s %8d %8d %10.1f %10.1f\n", w["name"].get<std::string>().c_str(), w["tenants"].get<int>(),
                    w["summary"].value("applied", 0), ms(w["p50_seconds"]), ms(w["p95_seconds"]));
    }
    Session admin(b.url, "pgfleet-bench-setup");
    admin.execute("DROP DATABASE IF EXISTS bench_control WITH (FORCE)");
}

}  // namespace pgfleet::bench
