#include "planner/hazard.h"

namespace pgfleet {

const std::vector<HazardKind>& hazard_kinds() {
    static const std::vector<HazardKind> kinds = {
        {hazard::kDataLoss, "drops data that cannot be recovered from the schema (table, column, sequence, type value)",
         true},
        {hazard::kTableRewrite, "rewrites the whole table under an ACCESS EXCLUSIVE lock", true},
        {hazard::kAccessExclusiveLock,
         "holds an ACCESS EXCLUSIVE lock (no reads or writes) while it works through the table", true},
        {hazard::kShareLock, "holds a SHARE-level lock (no writes) while it works through the table", true},
        {hazard::kValidationScan, "scans every row of the table to validate a constraint", false},
        {hazard::kIndexBuild, "builds an index: reads the whole table and loads the server", false},
        {hazard::kIndexDropped, "drops an index: queries that used it may slow down", false},
        {hazard::kNonTransactional,
         "runs outside a transaction: a failure can leave it half done (pgfleet cleans up on retry)", false},
        {hazard::kAuthorizationChange, "changes who may do what (grants, revokes, owners)", false},
        {hazard::kIsolationWeakened,
         "weakens tenant isolation (row-level security disabled or not forced, a policy dropped or loosened)", true},
    };
    return kinds;
}

const HazardKind* find_hazard_kind(const std::string& name) {
    for (const auto& k : hazard_kinds())
        if (name == k.name) return &k;
    return nullptr;
}

}  // namespace pgfleet
