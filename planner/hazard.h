#pragma once
// Hazards: what a statement may do to a live database, as data a reviewer and apply can use.
#include <string>
#include <vector>

namespace pgfleet {

// One hazard of one statement: a stable name (see hazard_kinds) and what it means here.
struct Hazard {
    std::string name;
    std::string detail;
    bool operator==(const Hazard&) const = default;
};

struct HazardKind {
    const char* name;
    const char* explanation;
    // Apply refuses a plan holding it unless it is allowed (--allow-hazards, config).
    bool refused_by_default;
};

// Every hazard pgfleet reports, in a fixed order.
const std::vector<HazardKind>& hazard_kinds();
const HazardKind* find_hazard_kind(const std::string& name);

namespace hazard {
constexpr const char* kDataLoss = "data_loss";
constexpr const char* kTableRewrite = "table_rewrite";
constexpr const char* kAccessExclusiveLock = "access_exclusive_lock";
constexpr const char* kShareLock = "share_lock";
constexpr const char* kValidationScan = "validation_scan";
constexpr const char* kIndexBuild = "index_build";
constexpr const char* kIndexDropped = "index_dropped";
constexpr const char* kNonTransactional = "non_transactional";
constexpr const char* kAuthorizationChange = "authorization_change";
constexpr const char* kIsolationWeakened = "isolation_weakened";
}  // namespace hazard

}  // namespace pgfleet
