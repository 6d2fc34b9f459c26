#include "fleet/control_run.h"

#include <nlohmann/json.hpp>

#include "catalog/sql_name.h"
#include "fleet/control_coordinator.h"
#include "fleet/inventory.h"

namespace pgfleet {
namespace {

std::string waves_json(const RunLayout& layout) {
    nlohmann::json waves = nlohmann::json::array();
    for (const auto& w : layout.waves)
        waves.push_back({{"name", w.name},
                         {"tenants", w.members.size()},
                         {"allowed_failures", w.allowed_failures},
                         {"one_at_a_time", w.one_at_a_time}});
    return waves.dump();
}

// The tenant rows, a thousand to a statement.
std::vector<std::string> tenant_inserts(const ControlTables& t, const RunLayout& layout, const std::string& run) {
    std::vector<std::string> out;
    std::string values;
    for (size_t i = 0; i < layout.tenants.size(); ++i) {
        const RunTenant& rt = layout.tenants[i];
        long long wave = rt.wave == RunTenant::kNoWave ? -1 : static_cast<long long>(rt.wave);
        values += std::string(values.empty() ? "" : ", ") + "(" + run + ", " + std::to_string(i) + ", " +
                  sql_literal(rt.tenant.cluster) + ", " + sql_literal(rt.tenant.database) + ", " +
                  sql_literal(rt.target()) + ", " + std::to_string(wave) + ", " +
                  std::to_string(tenant_shard_hash(rt.tenant)) + ")";
        if ((i + 1) % 1000 == 0 || i + 1 == layout.tenants.size()) {
            out.push_back("INSERT INTO " + t.run_tenants + " (run, idx, cluster, database, target, wave, shard_key) VALUES " +
                          values);
            values.clear();
        }
    }
    return out;
}

void register_run(Session& s, const ControlTables& t, const RunLayout& layout, const std::string& run, bool restart) {
    s.execute("INSERT INTO " + t.runs + " (run, plan_digest, layout_digest, restart, waves, state) VALUES (" + run + ", " +
              sql_literal(layout.plan_digest) + ", " + sql_literal(layout.layout_digest) + ", " +
              (restart ? "true" : "false") + ", " + sql_literal(waves_json(layout)) + ", 'running')");
    for (const auto& sql : tenant_inserts(t, layout, run)) s.execute(sql);
    if (restart) return;
    // Finished before this run: the last entry for the tenant and target says applied or at_target.
    s.execute("UPDATE " + t.run_tenants + " rt SET earlier = true FROM (SELECT DISTINCT ON (cluster, database, target) "
              "cluster, database, target, state FROM " + t.journal +
              " ORDER BY cluster, database, target, id DESC) last WHERE rt.run = " + run +
              " AND rt.target <> '' AND last.cluster = rt.cluster AND last.database = rt.database "
              "AND last.target = rt.target AND last.state IN ('applied', 'at_target')");
}

void check_joinable(const Row& r, const RunLayout& layout, const std::string& id) {
    std::string plan = r.at(0).value_or(""), lay = r.at(1).value_or(""), state = r.at(2).value_or("");
    if (plan != layout.plan_digest)
        throw RunRefused("run " + id + " was started with another plan (digest " + plan.substr(0, 12) + ", this worker's " +
                         layout.plan_digest.substr(0, 12) + "): every worker of a run applies the same plan file; "
                         "a new plan needs a new run id (--run)");
    if (lay != layout.layout_digest)
        throw RunRefused("run " + id + " was started with other tenants or waves than this worker has: every worker of "
                         "a run needs the same --tenants and the same canaries and waves in pgfleet.yaml");
    if (state == "stopped")
        throw RunRefused("run " + id + " was stopped: " + r.at(3).value_or("") +
                         "\nA stopped run stays stopped. To try again, start a new run (--run ID, or a new plan); "
                         "tenants finished by this one are skipped");
}

}  // namespace

std::unique_ptr<RunCoordinator> join_control_run(ControlLink& link, const ControlTables& tables, const RunLayout& layout,
                                                 const WorkerIdentity& me, bool restart) {
    std::string run = sql_literal(me.run_id);
    link.with([&](Session& s) {
        // Registration is one transaction under a lock: workers arriving together see either
        // no run or all of it.
        s.execute("BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(control_lock::kSchema) + ", 1)");
        try {
            auto rows = s.query("SELECT plan_digest, layout_digest, state, reason FROM " + tables.runs +
                                " WHERE run = " + run);
            if (rows.empty()) register_run(s, tables, layout, run, restart);
            else check_joinable(rows[0], layout, me.run_id);
            s.execute("COMMIT");
        } catch (...) {
            try {
                s.execute("ROLLBACK");
            } catch (...) {
                // The session broke; the first error says why.
            }
            throw;
        }
    });
    return std::make_unique<ControlCoordinator>(link, tables, layout, me);
}

}  // namespace pgfleet
