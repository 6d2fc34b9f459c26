#pragma once
// What a fleet command did to one tenant.
#include <string>
#include <vector>

#include "fleet/apply.h"

#include "fleet/tenant.h"

namespace pgfleet {

enum class ApplyStatus {
    Applied,      // the plan ran and the tenant is at the target fingerprint
    AtTarget,     // already at the target: nothing ran
    DoneEarlier,  // finished by an earlier run (journal): not touched
    Refused,      // its fingerprint is not the one the plan was made from
    Failed,       // an error; the message says what the tenant was left as
    NotStarted,   // the run stopped before reaching it
};

const char* status_name(ApplyStatus status);

struct TenantOutcome {
    TenantRef tenant;
    ApplyStatus status = ApplyStatus::NotStarted;
    std::string detail;
    size_t statements = 0;  // statements that ran
    double seconds = 0;
    std::vector<StepRun> steps;  // per step of the plan, how long it took (empty when nothing ran)
    std::string worker;  // which worker of the run did it (coordinated runs)
    bool busy = false;   // failed only because another apply holds the tenant's advisory lock
};

}  // namespace pgfleet
