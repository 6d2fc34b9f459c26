#pragma once
// What a worker needs from the run it belongs to: claims on tenants, the journal, how far
// each wave is over every worker, and the run's stop. Two implementations: in-process (one
// worker, file journal) and on the control database (any number of workers).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "fleet/run_layout.h"
#include "fleet/tenant_outcome.h"

namespace pgfleet {

// A wave over every worker of the run.
struct WaveProgress {
    size_t total = 0;
    size_t complete = 0;  // finished in this run, or before it (journal)
    size_t failed = 0;    // failed or refused in this run
    std::vector<std::string> pending;  // a few tenants not complete, with who holds them
    bool is_complete() const { return complete >= total; }
};

class RunCoordinator {
public:
    virtual ~RunCoordinator() = default;

    // A tenant of wave `wave` (an index into the layout) that is now this worker's: no other
    // worker takes it until finished() or give_back(). nullopt when none is free right now
    // (all done, held by others, or the run stopped). Tenants in `skip` are not taken.
    virtual std::optional<size_t> claim(size_t wave, const std::set<size_t>& skip) = 0;
    // Journals the start of work on a claimed tenant.
    virtual void started(size_t tenant) = 0;
    // Journals the outcome and frees the claim; returns the outcome as reported (a journal
    // that cannot be written turns it into a failure).
    virtual TenantOutcome finished(size_t tenant, TenantOutcome outcome) = 0;
    // Frees the claim without an outcome (the tenant is busy; someone tries again later).
    virtual void give_back(size_t tenant) = 0;
    // Whether a tenant found busy (another apply holds its lock) is given back and retried
    // rather than failed: a worker that died may still have a session on it.
    virtual bool retries_busy() const = 0;

    virtual WaveProgress progress(size_t wave) = 0;
    // Stops the run for every worker (the first reason given wins).
    virtual void stop(const std::string& reason) = 0;
    // Why the run stopped, when it did.
    virtual std::optional<std::string> stopped() = 0;
    // Marks the run finished (every wave complete).
    virtual void finish_run() = 0;

    // Every tenant's outcome in this run so far, in layout order: finished by any worker,
    // done_earlier, or not_started.
    virtual std::vector<TenantOutcome> outcomes() = 0;
    virtual std::string run_id() const = 0;
};

}  // namespace pgfleet
