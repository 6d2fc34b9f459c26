#pragma once
// Running one job per tenant on a few threads; the connection budget itself is enforced
// where sessions are opened (FleetConnections), so threads only bound the parallelism.
#include <atomic>
#include <cstddef>
#include <functional>

namespace pgfleet {

// Calls job(i) for i in [0, count) on up to `workers` threads, handing out indexes in
// order. Once `stop` is set no further index is started; running jobs finish. Jobs record
// a tenant's failure as a value; should one throw anyway, no further job starts and the
// exception is rethrown once the running ones have finished.
void run_jobs(size_t count, int workers, const std::function<void(size_t)>& job, const std::atomic<bool>& stop);

}  // namespace pgfleet
