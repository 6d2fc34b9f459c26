#pragma once
// One migration statement with what it does to the catalog, so statements can be ordered.
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "differ/change.h"
#include "planner/hazard.h"

namespace pgfleet {

// Ordering rank when nothing else decides: drops, then alters, then creates, then comments.
enum class Phase { Drop = 0, Alter = 1, Create = 2, Annotate = 3 };

struct Statement {
    std::string sql;
    ObjectKey object;
    ChangeAction action = ChangeAction::Alter;
    Phase phase = Phase::Alter;
    // Objects of the desired catalog this statement brings into being (or into their new form).
    std::vector<ObjectKey> creates;
    // Objects of the current catalog that stop existing (or lose their old form).
    std::vector<ObjectKey> removes;
    // Objects changed in place.
    std::vector<ObjectKey> modifies;
    // Current objects whose dependents must be changed or removed first, although the
    // object itself lives on (a type renamed aside before it is dropped).
    std::vector<ObjectKey> releases;
    // Desired objects that must exist first (beyond the dependencies of what it creates).
    std::vector<ObjectKey> needs;
    // Current objects that must be gone first, when nothing else orders the two (DROP NOT
    // NULL on a column of a primary key that the plan drops: refused while the key stands).
    std::vector<ObjectKey> follows_removal_of;
    // Objects whose changes in this plan must come first, when nothing else orders the two (a
    // partition's own statistics target after its parent's, which reaches the partition too).
    std::vector<ObjectKey> follows_changes_of;
    // False for statements that cannot run inside a transaction block.
    bool transactional = true;
    // Runs in a transaction of its own, so the locks of earlier statements are released
    // first (VALIDATE CONSTRAINT after the constraint was added NOT VALID).
    bool own_transaction = false;
    // SQL that removes what a failed attempt left behind (the invalid index of a failed
    // concurrent build), run before the statement is tried again.
    std::string cleanup;
    // Why this form was chosen (online or plain), with the table size it was based on.
    std::string note;
    // Filled in once the plan is ordered (annotate_hazards).
    std::string lock;  // the strongest lock on an existing relation, "" when none
    std::vector<Hazard> hazards;
};

}  // namespace pgfleet
