#pragma once
// The RunCoordinator of a run on the control database (see control_run.h for joining one).
#include "fleet/control_run.h"
#include "fleet/journal.h"

namespace pgfleet {

class ControlCoordinator : public RunCoordinator {
public:
    ControlCoordinator(ControlLink& link, ControlTables tables, const RunLayout& layout, WorkerIdentity me);

    std::optional<size_t> claim(size_t wave, const std::set<size_t>& skip) override;
    void started(size_t tenant) override;
    TenantOutcome finished(size_t tenant, TenantOutcome outcome) override;
    void give_back(size_t tenant) override;
    bool retries_busy() const override { return true; }
    WaveProgress progress(size_t wave) override;
    void stop(const std::string& reason) override;
    std::optional<std::string> stopped() override;
    void finish_run() override;
    std::vector<TenantOutcome> outcomes() override;
    std::string run_id() const override { return me_.run_id; }

private:
    // SQL: the tenant row `rt` has an outcome in this run.
    std::string finished_in_run(const std::string& rt) const;
    // SQL: " LEFT JOIN LATERAL ... o": the last outcome of `rt` in this run (o.state NULL: none).
    std::string last_outcome_join(const std::string& rt) const;
    // SQL: up to 16 tenants of the wave free to claim, this worker's shard first.
    std::string candidates_sql(size_t wave) const;
    JournalEntry entry(size_t tenant, TenantState state, const TenantOutcome& outcome) const;
    void release(size_t tenant);

    ControlLink& link_;
    ControlTables tables_;
    const RunLayout& layout_;
    WorkerIdentity me_;
    std::string run_;  // the run id as an SQL literal
    int run_key_, wave_key_;
};

}  // namespace pgfleet
