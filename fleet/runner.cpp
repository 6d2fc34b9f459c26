#include "fleet/runner.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace pgfleet {

void run_jobs(size_t count, int workers, const std::function<void(size_t)>& job, const std::atomic<bool>& stop) {
    std::atomic<size_t> next{0};
    std::atomic<bool> broken{false};
    std::exception_ptr first_error;
    std::mutex mutex;
    auto work = [&] {
        for (;;) {
            if (stop.load() || broken.load()) return;
            size_t i = next.fetch_add(1);
            if (i >= count) return;
            try {
                job(i);
            } catch (...) {
                // A job that throws is a bug; stop handing out work and rethrow it here,
                // not std::terminate inside a thread.
                std::lock_guard lock(mutex);
                if (!first_error) first_error = std::current_exception();
                broken = true;
            }
        }
    };
    size_t threads = std::min<size_t>(count, static_cast<size_t>(std::max(1, workers)));
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
        for (auto& t : pool) t.join();
    }
    if (first_error) std::rethrow_exception(first_error);
}

}  // namespace pgfleet
