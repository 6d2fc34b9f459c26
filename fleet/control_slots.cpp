#include "fleet/control_slots.h"

#include <chrono>
#include <set>
#include <thread>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

using Clock = std::chrono::steady_clock;

struct SlotRow {
    int slot;
    bool tainted, held;
};

// A server process, told apart from a later one with the same pid by its start time.
std::string process_sql(const std::string& pid, const std::string& start) {
    return "(pid = " + pid + " AND extract(epoch FROM backend_start)::text = " + sql_literal(start) + ")";
}

}  // namespace

std::string advisory_lock_held_sql(int key1, const std::string& key2) {
    // Two-int4 advisory locks show as classid = key1, objid = key2, objsubid = 2.
    return "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.classid = " +
           std::to_string(key1) + "::oid AND l.objid = (" + key2 +
           ")::oid AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))";
}

int ControlSlots::try_acquire(const std::string& cluster, int budget, bool take_tainted) {
    int key = control_lock::slot_key(cluster);
    std::string c = sql_literal(cluster);
    return link_.with([&](Session& s) {
        // Free slots are read from pg_locks first: a lock this very session holds would be
        // granted again (advisory locks stack), so only slots nobody holds are tried.
        std::vector<SlotRow> rows;
        for (const auto& r : s.query("SELECT g.s, t.backend_pid IS NOT NULL, " + advisory_lock_held_sql(key, "g.s") +
                                     " FROM generate_series(0, " + std::to_string(budget - 1) + ") g(s) LEFT JOIN " +
                                     tables_.slots + " t ON t.cluster = " + c + " AND t.slot = g.s ORDER BY 2, 1"))
            rows.push_back({std::stoi(r.at(0).value_or("0")), r.at(1) == "t", r.at(2) == "t"});
        bool any_held = false;
        for (const auto& r : rows) any_held = any_held || r.held;
        for (const auto& r : rows) {
            // A tainted slot waits while someone else holds a slot: their next session checks it.
            if (r.held || (r.tainted && any_held && !take_tainted)) continue;
            if (s.query_value("SELECT pg_try_advisory_lock(" + std::to_string(key) + ", " + std::to_string(r.slot) + ")") ==
                "t")
                return r.slot;
        }
        return -1;
    });
}

int ControlSlots::acquire(const std::string& cluster, int budget) {
    auto start = Clock::now();
    auto pause = std::chrono::milliseconds(5);
    for (;;) {
        bool patient = std::chrono::duration<double>(Clock::now() - start).count() < patience_;
        int slot = try_acquire(cluster, budget, !patient);
        if (slot >= 0) return slot;
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(100));
    }
}

void ControlSlots::clear_taints(const std::string& cluster, int own, Session& session) {
    int key = control_lock::slot_key(cluster);
    std::string c = sql_literal(cluster);
    auto tainted = link_.with([&](Session& s) {
        return s.query("SELECT slot, backend_pid, backend_start FROM " + tables_.slots + " t WHERE cluster = " + c +
                       " AND backend_pid IS NOT NULL AND (slot = " + std::to_string(own) + " OR NOT " +
                       advisory_lock_held_sql(key, "t.slot") + ")");
    });
    for (const auto& r : tainted) {
        std::string slot = r.at(0).value_or("0"), pid = r.at(1).value_or("0"), start = r.at(2).value_or("");
        std::string alive = "SELECT count(*) FROM pg_stat_activity WHERE " + process_sql(pid, start);
        if (session.query_value(alive) != "0") {
            if (slot != std::to_string(own)) continue;  // it ends on its own; the slot stays tainted
            // The slot is ours now, so the dead worker's session must go before we work.
            session.query("SELECT pg_terminate_backend(" + pid + ")");
            for (int i = 0; i < 100 && session.query_value(alive) != "0"; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (session.query_value(alive) != "0")
                throw std::runtime_error("cluster " + cluster + ": the session a stopped worker left (pid " + pid +
                                         ") did not end");
        }
        link_.with([&](Session& s) {
            s.execute("UPDATE " + tables_.slots + " t SET backend_pid = NULL, backend_start = NULL WHERE cluster = " + c +
                      " AND slot = " + slot + " AND backend_pid = " + pid + " AND (slot = " + std::to_string(own) +
                      " OR NOT " + advisory_lock_held_sql(key, "t.slot") + ")");
        });
    }
}

void ControlSlots::opened(const std::string& cluster, int slot, Session& session) {
    clear_taints(cluster, slot, session);
    auto me = session.query("SELECT pg_backend_pid(), extract(epoch FROM backend_start)::text FROM pg_stat_activity "
                            "WHERE pid = pg_backend_pid()");
    std::string pid = me.at(0).at(0).value_or("0"), start = me.at(0).at(1).value_or("");
    link_.with([&](Session& s) {
        s.execute("INSERT INTO " + tables_.slots + " (cluster, slot, backend_pid, backend_start, worker) VALUES (" +
                  sql_literal(cluster) + ", " + std::to_string(slot) + ", " + pid + ", " + sql_literal(start) + ", " +
                  sql_literal(worker_) + ") ON CONFLICT (cluster, slot) DO UPDATE SET backend_pid = EXCLUDED.backend_pid, "
                  "backend_start = EXCLUDED.backend_start, worker = EXCLUDED.worker");
    });
}

void ControlSlots::release(const std::string& cluster, int slot) {
    // The row is cleared and committed before the lock goes: whoever takes the slot next
    // finds it clean.
    link_.with([&](Session& s) {
        s.execute("BEGIN; UPDATE " + tables_.slots + " SET backend_pid = NULL, backend_start = NULL WHERE cluster = " +
                  sql_literal(cluster) + " AND slot = " + std::to_string(slot) + "; COMMIT; SELECT pg_advisory_unlock(" +
                  std::to_string(control_lock::slot_key(cluster)) + ", " + std::to_string(slot) + ")");
    });
}

}  // namespace pgfleet
