#pragma once
// Saved plans: what was reviewed, and the fingerprints it was planned from and leads to.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/fingerprint.h"
#include "planner/plan.h"

namespace pgfleet {

// The fingerprints and versions that make a saved plan safe to apply later.
struct PlanHeader {
    std::string source_fingerprint;  // the database the plan was made against
    std::string target_fingerprint;  // the desired state the plan leads to
    int server_version_major = 0;
    std::string pgfleet_version = PGFLEET_VERSION;
    // Owners were compared (and count in both fingerprints).
    bool manage_owners = false;
    // Column order was not compared (and counts in neither fingerprint).
    bool ignore_column_order = false;
};

// How the plan's fingerprints were made.
FingerprintOptions fingerprint_options(const PlanHeader& header);

struct SavedPlan {
    PlanHeader header;
    Plan plan;
    // Read from a file: checked against what pgfleet makes of its statements before it runs
    // (planner/plan_audit.h), since a file's digest can be recomputed by whoever edits it.
    bool from_file = false;
};

nlohmann::json statement_to_json(const Statement& s);
Statement statement_from_json(const nlohmann::json& j);

// A saved plan whose content is not what pgfleet wrote: apply refuses it.
struct AlteredPlan : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The documented JSON form ({"format": "pgfleet-plan", "format_version": 1, ..., "digest":
// "sha256:..."}); the digest covers everything else in it, so the plan that runs is the plan
// that was reviewed, hazards and fingerprints included.
nlohmann::json saved_plan_to_json(const SavedPlan& plan);
// The digest of a plan document: over it without "digest" (nlohmann's objects keep keys
// sorted, so the text is canonical). Whatever a document adds to a plan is covered too.
std::string content_digest(nlohmann::json plan);
// Throws AlteredPlan when the digest is missing or does not match, std::runtime_error naming
// what is wrong otherwise.
SavedPlan saved_plan_from_json(const nlohmann::json& j);

void write_plan_file(const SavedPlan& plan, const std::string& path);
SavedPlan read_plan_file(const std::string& path);

}  // namespace pgfleet
