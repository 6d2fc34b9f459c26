#include "fleet/group_proofs.h"

#include <algorithm>
#include <optional>

#include "catalog/fingerprint.h"
#include "fleet/plan_proof.h"
#include "fleet/tenant_read.h"

namespace pgfleet {
namespace {

// The first selected tenant of the group still at the group's source, read in full.
std::optional<Snapshot> source_state(FleetRun& run, const PlanGroup& group, const std::vector<TenantRef>& selected,
                                     std::string& note) {
    for (const auto& t : group.tenants) {
        if (std::find(selected.begin(), selected.end(), t) == selected.end()) continue;
        try {
            Lease lease = run.connections.open(t);
            TenantRead read = read_tenant(lease.session(), t.key(), run.cache);
            if (read.fingerprint == group.plan.header.source_fingerprint) {
                note = "on a copy of " + t.key();
                return std::move(read.snapshot);
            }
        } catch (const std::exception& e) {
            note = "could not read " + t.key() + ": " + e.what();
        }
    }
    return std::nullopt;
}

bool has_selected(const PlanGroup& group, const std::vector<TenantRef>& selected) {
    return std::any_of(group.tenants.begin(), group.tenants.end(), [&](const TenantRef& t) {
        return std::find(selected.begin(), selected.end(), t) != selected.end();
    });
}

}  // namespace

GroupProofs prove_groups(FleetRun& run, const FleetPlan& plan, const std::vector<TenantRef>& selected) {
    GroupProofs out;
    for (const auto& g : plan.groups) {
        if (g.at_target() || g.plan.plan.empty() || !has_selected(g, selected)) continue;
        std::string label = "group " + short_fingerprint(g.plan.header.source_fingerprint) + " (" +
                            std::to_string(g.tenants.size()) + " tenant" + (g.tenants.size() == 1 ? "" : "s") + ")";
        std::string note;
        std::optional<Snapshot> state = source_state(run, g, selected, note);
        if (!state) {
            out.text += "prove: " + label + ": no selected tenant is at the group's source any more" +
                        (note.empty() ? "" : " (" + note + ")") + "; its tenants will be refused\n";
            continue;
        }
        PlanProof proof;
        try {
            proof = prove_plan(*state, g.plan, nullptr);
        } catch (const std::exception& e) {
            proof.stage = "start";
            proof.failure = e.what();
        }
        out.all_proven = out.all_proven && proof.proven;
        out.text += "prove: " + label + ", " + note + ": " + describe_proof(proof, g.plan.plan.statements.size());
    }
    return out;
}

}  // namespace pgfleet
