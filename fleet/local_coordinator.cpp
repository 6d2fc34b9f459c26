#include "fleet/local_coordinator.h"

#include <mutex>

namespace pgfleet {
namespace {

class LocalCoordinator : public RunCoordinator {
public:
    LocalCoordinator(const RunLayout& layout, Journal& journal, bool restart)
        : layout_(layout),
          journal_(journal),
          cursor_(layout.waves.size(), 0),
          earlier_(layout.tenants.size(), false),
          outcomes_(layout.tenants.size()) {
        std::vector<JournalEntry> entries = restart ? std::vector<JournalEntry>{} : journal.load();
        for (size_t i = 0; i < layout.tenants.size(); ++i) {
            const RunTenant& t = layout.tenants[i];
            earlier_[i] = t.group && journal_finished(entries, t.tenant, t.target());
        }
    }

    std::optional<size_t> claim(size_t wave, const std::set<size_t>&) override {
        std::lock_guard lock(mutex_);
        const auto& members = layout_.waves[wave].members;
        while (!stop_ && cursor_[wave] < members.size()) {
            size_t i = members[cursor_[wave]++];
            if (!earlier_[i]) return i;
        }
        return std::nullopt;
    }

    void started(size_t i) override { journal_.record(entry(i, TenantState::Started, {})); }

    TenantOutcome finished(size_t i, TenantOutcome out) override {
        try {
            journal_.record(entry(i, journal_state(out.status), out));
        } catch (const std::exception& e) {
            out.status = ApplyStatus::Failed;
            out.detail += std::string(out.detail.empty() ? "" : "; ") + "journal: " + e.what();
        }
        std::lock_guard lock(mutex_);
        outcomes_[i] = out;
        return out;
    }

    void give_back(size_t) override {}
    bool retries_busy() const override { return false; }

    WaveProgress progress(size_t wave) override {
        std::lock_guard lock(mutex_);
        WaveProgress p;
        for (size_t i : layout_.waves[wave].members) {
            ++p.total;
            if (earlier_[i] || outcomes_[i]) ++p.complete;
            if (outcomes_[i] && (outcomes_[i]->status == ApplyStatus::Failed || outcomes_[i]->status == ApplyStatus::Refused))
                ++p.failed;
            if (!earlier_[i] && !outcomes_[i] && p.pending.size() < 5) p.pending.push_back(layout_.tenants[i].tenant.key());
        }
        return p;
    }

    void stop(const std::string& reason) override {
        std::lock_guard lock(mutex_);
        if (!stop_) stop_ = reason;
    }

    std::optional<std::string> stopped() override {
        std::lock_guard lock(mutex_);
        return stop_;
    }

    void finish_run() override {}

    std::vector<TenantOutcome> outcomes() override {
        std::lock_guard lock(mutex_);
        std::vector<TenantOutcome> out;
        for (size_t i = 0; i < layout_.tenants.size(); ++i) {
            const RunTenant& t = layout_.tenants[i];
            if (outcomes_[i]) out.push_back(*outcomes_[i]);
            else if (!t.group) out.push_back({t.tenant, ApplyStatus::Failed, t.unplanned});
            else out.push_back({t.tenant, earlier_[i] ? ApplyStatus::DoneEarlier : ApplyStatus::NotStarted});
        }
        return out;
    }

    std::string run_id() const override { return ""; }

private:
    JournalEntry entry(size_t i, TenantState state, const TenantOutcome& out) const {
        const RunTenant& t = layout_.tenants[i];
        JournalEntry e{t.tenant, t.target(), state, out.detail, ""};
        e.wave = static_cast<int>(t.wave);
        if (state != TenantState::Started) {
            e.seconds = out.seconds;
            e.statements = static_cast<long long>(out.statements);
        }
        return e;
    }

    const RunLayout& layout_;
    Journal& journal_;
    std::mutex mutex_;
    std::vector<size_t> cursor_;
    std::vector<bool> earlier_;
    std::vector<std::optional<TenantOutcome>> outcomes_;
    std::optional<std::string> stop_;
};

}  // namespace

std::unique_ptr<RunCoordinator> make_local_coordinator(const RunLayout& layout, Journal& journal, bool restart) {
    return std::make_unique<LocalCoordinator>(layout, journal, restart);
}

}  // namespace pgfleet
