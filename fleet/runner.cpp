#include "fleet/runner.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace pgfleet {

void run_jobs(size_t count, int workers, const std::function<void(size_t)>& job, const std::atomic<bool>& stop) {
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (;;) {
            if (stop.load()) return;
            size_t i = next.fetch_add(1);
            if (i >= count) return;
            job(i);
        }
    };
    size_t threads = std::min<size_t>(count, static_cast<size_t>(std::max(1, workers)));
    if (threads <= 1) return work();
    std::vector<std::thread> pool;
    for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
}

}  // namespace pgfleet
