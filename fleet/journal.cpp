#include "fleet/journal.h"

#include <chrono>
#include <ctime>
#include <map>
#include <stdexcept>

namespace pgfleet {

const char* state_name(TenantState s) {
    switch (s) {
        case TenantState::Started: return "started";
        case TenantState::Applied: return "applied";
        case TenantState::AtTarget: return "at_target";
        case TenantState::Failed: return "failed";
        case TenantState::Refused: return "refused";
    }
    return "failed";
}

TenantState state_from(const std::string& name) {
    for (auto s : {TenantState::Started, TenantState::Applied, TenantState::AtTarget, TenantState::Failed,
                   TenantState::Refused})
        if (name == state_name(s)) return s;
    throw std::runtime_error("unknown journal state '" + name + "'");
}

bool journal_finished(const std::vector<JournalEntry>& entries, const TenantRef& tenant, const std::string& target) {
    const JournalEntry* last = nullptr;
    for (const auto& e : entries)
        if (e.tenant == tenant && e.target == target) last = &e;
    return last && (last->state == TenantState::Applied || last->state == TenantState::AtTarget);
}

std::string utc_now() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

}  // namespace pgfleet
