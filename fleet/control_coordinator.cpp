// A run's coordination on the control database: claims are session-level advisory locks
// (run_key, tenant index), the journal says what is finished, the run row says whether the
// run goes on.
#include "fleet/control_coordinator.h"

#include "catalog/sql_name.h"
#include "fleet/control_slots.h"
#include "fleet/journal_sql.h"

namespace pgfleet {
namespace {

ApplyStatus status_from(const std::string& state) {
    if (state == "applied") return ApplyStatus::Applied;
    if (state == "at_target") return ApplyStatus::AtTarget;
    if (state == "refused") return ApplyStatus::Refused;
    return ApplyStatus::Failed;
}

}  // namespace

ControlCoordinator::ControlCoordinator(ControlLink& link, ControlTables tables, const RunLayout& layout,
                                       WorkerIdentity me)
    : link_(link),
      tables_(std::move(tables)),
      layout_(layout),
      me_(std::move(me)),
      run_(sql_literal(me_.run_id)),
      run_key_(control_lock::run_key(me_.run_id)),
      wave_key_(control_lock::wave_key(me_.run_id)) {}

std::string ControlCoordinator::finished_in_run(const std::string& rt) const {
    return "EXISTS (SELECT 1 FROM " + tables_.journal + " j WHERE j.run = " + run_ + " AND j.cluster = " + rt +
           ".cluster AND j.database = " + rt + ".database AND j.state <> 'started')";
}

std::string ControlCoordinator::last_outcome_join(const std::string& rt) const {
    return " LEFT JOIN LATERAL (SELECT j.state, j.detail, j.seconds, j.statements, j.worker FROM " + tables_.journal +
           " j WHERE j.run = " + run_ + " AND j.cluster = " + rt + ".cluster AND j.database = " + rt +
           ".database AND j.state <> 'started' ORDER BY j.id DESC LIMIT 1) o ON true";
}

std::string ControlCoordinator::candidates_sql(size_t wave) const {
    std::string clusters;
    for (const auto& c : me_.clusters) clusters += (clusters.empty() ? "" : ", ") + sql_literal(c);
    std::string mine = "(rt.shard_key % " + std::to_string(me_.shard_count) + " = " +
                       std::to_string(me_.shard_index - 1) + ")";
    return "SELECT rt.idx FROM " + tables_.run_tenants + " rt WHERE rt.run = " + run_ +
           " AND rt.wave = " + std::to_string(wave) + " AND NOT rt.earlier AND rt.cluster = ANY (ARRAY[" + clusters +
           "]::text[]) AND (SELECT state FROM " + tables_.runs + " WHERE run = " + run_ + ") = 'running' AND NOT " +
           finished_in_run("rt") + " AND NOT " + advisory_lock_held_sql(run_key_, "rt.idx") + " ORDER BY " + mine +
           " DESC, rt.idx LIMIT 16";
}

std::optional<size_t> ControlCoordinator::claim(size_t wave, const std::set<size_t>& skip) {
    if (me_.clusters.empty()) return std::nullopt;
    bool serial = layout_.waves[wave].one_at_a_time;
    std::string wave_lock = std::to_string(wave_key_) + ", " + std::to_string(wave);
    return link_.with([&](Session& s) -> std::optional<size_t> {
        // One at a time across workers: whoever holds the wave's lock works on it.
        if (serial && s.query_value("SELECT pg_try_advisory_lock(" + wave_lock + ")") != "t") return std::nullopt;
        for (const auto& row : s.query(candidates_sql(wave))) {
            size_t i = std::stoul(row.at(0).value_or("0"));
            if (skip.count(i) || i >= layout_.tenants.size()) continue;
            std::string key = std::to_string(run_key_) + ", " + std::to_string(i);
            if (s.query_value("SELECT pg_try_advisory_lock(" + key + ")") != "t") continue;
            // Finished between the candidate query and the lock: not ours to do again.
            if (s.query_value("SELECT " + finished_in_run("rt") + " FROM " + tables_.run_tenants +
                              " rt WHERE rt.run = " + run_ + " AND rt.idx = " + std::to_string(i)) == "t") {
                s.execute("SELECT pg_advisory_unlock(" + key + ")");
                continue;
            }
            return i;
        }
        if (serial) s.execute("SELECT pg_advisory_unlock(" + wave_lock + ")");
        return std::nullopt;
    });
}

JournalEntry ControlCoordinator::entry(size_t i, TenantState state, const TenantOutcome& out) const {
    const RunTenant& t = layout_.tenants[i];
    JournalEntry e{t.tenant, t.target(), state, out.detail, ""};
    e.run = me_.run_id;
    e.worker = me_.name;
    e.wave = static_cast<int>(t.wave);
    if (state != TenantState::Started) {
        e.seconds = out.seconds;
        e.statements = static_cast<long long>(out.statements);
    }
    return e;
}

void ControlCoordinator::started(size_t i) {
    std::string sql = journal_insert_sql(tables_, entry(i, TenantState::Started, {}));
    link_.with([&](Session& s) { s.execute(sql); });
}

TenantOutcome ControlCoordinator::finished(size_t i, TenantOutcome out) {
    out.worker = me_.name;
    std::string sql = journal_insert_sql(tables_, entry(i, journal_state(out.status), out));
    // The entry commits before the claim goes: a worker that then takes the lock sees it.
    link_.with([&](Session& s) { s.execute(sql); });
    release(i);
    return out;
}

void ControlCoordinator::give_back(size_t i) { release(i); }

void ControlCoordinator::release(size_t i) {
    std::string sql = "SELECT pg_advisory_unlock(" + std::to_string(run_key_) + ", " + std::to_string(i) + ")";
    if (layout_.waves[layout_.tenants[i].wave].one_at_a_time)
        sql += ", pg_advisory_unlock(" + std::to_string(wave_key_) + ", " + std::to_string(layout_.tenants[i].wave) + ")";
    link_.with([&](Session& s) { s.execute(sql); });
}

WaveProgress ControlCoordinator::progress(size_t wave) {
    std::string where = " WHERE rt.run = " + run_ + " AND rt.wave = " + std::to_string(wave);
    return link_.with([&](Session& s) {
        WaveProgress p;
        auto counts = s.query("SELECT count(*), count(*) FILTER (WHERE rt.earlier OR o.state IS NOT NULL), "
                              "count(*) FILTER (WHERE o.state IN ('failed', 'refused')) FROM " +
                              tables_.run_tenants + " rt" + last_outcome_join("rt") + where);
        p.total = std::stoul(counts.at(0).at(0).value_or("0"));
        p.complete = std::stoul(counts.at(0).at(1).value_or("0"));
        p.failed = std::stoul(counts.at(0).at(2).value_or("0"));
        if (p.is_complete()) return p;
        // Who has the tenants still open: the last worker that journaled a start on each.
        auto pending = s.query("SELECT rt.cluster || '/' || rt.database, " + advisory_lock_held_sql(run_key_, "rt.idx") +
                               ", (SELECT j.worker FROM " + tables_.journal + " j WHERE j.run = " + run_ +
                               " AND j.cluster = rt.cluster AND j.database = rt.database ORDER BY j.id DESC LIMIT 1) FROM " +
                               tables_.run_tenants + " rt" + where + " AND NOT rt.earlier AND NOT " +
                               finished_in_run("rt") + " ORDER BY rt.idx LIMIT 5");
        for (const auto& r : pending) {
            std::string held = r.at(1).value_or("f") == "t" ? "held by " + r.at(2).value_or("a worker")
                                                           : "not claimed (its cluster is in no worker's configuration?)";
            p.pending.push_back(r.at(0).value_or("") + " (" + held + ")");
        }
        return p;
    });
}

void ControlCoordinator::stop(const std::string& reason) {
    link_.with([&](Session& s) {
        s.execute("UPDATE " + tables_.runs + " SET state = 'stopped', reason = " + sql_literal(reason) +
                  ", ended_at = now() WHERE run = " + run_ + " AND state = 'running'");
    });
}

std::optional<std::string> ControlCoordinator::stopped() {
    return link_.with([&](Session& s) -> std::optional<std::string> {
        auto rows = s.query("SELECT state, reason FROM " + tables_.runs + " WHERE run = " + run_);
        if (!rows.empty() && rows[0].at(0).value_or("") == "stopped") return rows[0].at(1).value_or("");
        return std::nullopt;
    });
}

void ControlCoordinator::finish_run() {
    link_.with([&](Session& s) {
        s.execute("UPDATE " + tables_.runs + " SET state = 'finished', ended_at = now() WHERE run = " + run_ +
                  " AND state = 'running'");
    });
}

std::vector<TenantOutcome> ControlCoordinator::outcomes() {
    auto rows = link_.with([&](Session& s) {
        return s.query("SELECT rt.idx, rt.earlier, o.state, o.detail, o.seconds, o.statements, o.worker FROM " +
                       tables_.run_tenants + " rt" + last_outcome_join("rt") + " WHERE rt.run = " + run_ +
                       " ORDER BY rt.idx");
    });
    std::vector<TenantOutcome> out;
    for (const auto& t : layout_.tenants) out.push_back({t.tenant});
    for (const auto& r : rows) {
        size_t i = std::stoul(r.at(0).value_or("0"));
        if (i >= out.size()) continue;
        TenantOutcome& o = out[i];
        const RunTenant& t = layout_.tenants[i];
        if (r.at(2)) {
            o.status = status_from(*r.at(2));
            o.detail = r.at(3).value_or("");
            o.seconds = std::stod(r.at(4).value_or("0"));
            o.statements = std::stoul(r.at(5).value_or("0"));
            o.worker = r.at(6).value_or("");
        } else if (!t.group) {
            o.status = ApplyStatus::Failed;
            o.detail = t.unplanned;
        } else if (r.at(1).value_or("f") == "t") {
            o.status = ApplyStatus::DoneEarlier;
        }
    }
    return out;
}

}  // namespace pgfleet
