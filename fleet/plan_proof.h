#pragma once
// Proving a plan before it touches the target (`plan --prove`, `apply --prove`): the current
// state is rebuilt in a throwaway local PostgreSQL of the target's major (never the target),
// the plan runs there the way apply runs it, and what PostgreSQL made of it is read back and
// compared with the desired state. What only a server can judge (routine bodies, casts,
// locks taken in order, statements that fail on real data types) is judged there.
#include <string>
#include <vector>

#include "catalog/snapshot.h"
#include "planner/plan_file.h"

namespace pgfleet {

struct PlanProof {
    bool proven = false;
    int server_major = 0;     // the local server's major
    std::string stage;        // where it stopped: "rebuild", "apply" or "compare"; "" when proven
    std::string failure;      // one line: the failed statement and the server's message, or a count
    std::vector<std::string> differences;  // each a statement that would close a difference
    std::vector<std::string> roles_created;  // roles the local server needed that the files name
};

// The server binaries for `major`: PGFLEET_PG_BIN_<major>, else PGFLEET_PG_BIN when it is that
// major, else /usr/lib/postgresql/<major>/bin. Throws std::runtime_error saying what to set.
std::string server_bin_for_major(int major);

// Throws std::runtime_error when the local server cannot start or a secret the plan sets is
// not in the environment; every other outcome is in the result. `current` is what `plan` was
// made against. With `desired`, the result must plan back to nothing against it (and the
// differences are listed); without (a saved plan), it must have the plan's target fingerprint.
PlanProof prove_plan(const Snapshot& current, const SavedPlan& plan, const Catalog* desired = nullptr);

// "proven on PostgreSQL 17 (local): 12 statements ran, the result is the desired state" and
// the like, with the differences indented below.
std::string describe_proof(const PlanProof& proof, size_t statements);

}  // namespace pgfleet
