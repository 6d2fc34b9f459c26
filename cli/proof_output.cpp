#include "cli/proof_output.h"

#include <iostream>

#include "fleet/plan_proof.h"

namespace pgfleet {

bool prove_or_report(const Snapshot& current, const SavedPlan& plan, const Catalog* desired) {
    if (plan.plan.empty()) {
        std::cerr << "prove: nothing to prove, the plan is empty\n";
        return true;
    }
    std::cerr << "prove: rebuilding the current state in a local throwaway PostgreSQL "
              << current.server_version_major << " (never the target)...\n";
    PlanProof proof = prove_plan(current, plan, desired);
    std::cerr << "prove: " << describe_proof(proof, plan.plan.statements.size());
    return proof.proven;
}

}  // namespace pgfleet
