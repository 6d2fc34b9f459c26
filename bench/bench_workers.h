#pragma once
// The fleet bench's run of several workers: pgfleet processes started at once, one run on a
// control database, the tenants split over two clusters (two names for the bench's server),
// canaries and three waves.
#include <string>

namespace pgfleet::bench {

struct WorkersBench {
    std::string url;          // the bench server's maintenance database
    std::string current_sql;  // the desired state the tenants are at now
    std::string pgfleet;      // the pgfleet binary
    int tenants = 0;          // bench_0001..
    int budget = 4;           // per cluster
    int workers = 4;
    double floor_seconds = 0;  // connect + select 1 on every tenant with 2 x budget sessions
};

// Plans a further change, applies it with the workers and prints the figures: wall time,
// per tenant, against the floor, per wave p50 / p95, peak sessions per cluster.
void run_workers_bench(const WorkersBench& bench);

}  // namespace pgfleet::bench
