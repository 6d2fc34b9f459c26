#include "fleet/control_slots.h"

#include <optional>
#include <thread>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

using Clock = std::chrono::steady_clock;

struct SlotRow {
    int slot = 0;
    ControlSlots::Taint row;
    bool held = false;
    bool tainted() const { return !held && (!row.holder.empty() || !row.pid.empty()); }
};

std::string literal_or_null(const std::string& text) { return text.empty() ? "NULL" : sql_literal(text); }

std::string pid_or_null(const std::string& pid) { return pid.empty() ? "NULL" : std::to_string(std::stoi(pid)); }

// Every slot row of the cluster (slots [0, budget) when budget > 0), with whether its lock is held.
std::vector<SlotRow> read_slots(Session& s, const ControlTables& tables, const std::string& cluster, int budget) {
    int key = control_lock::slot_key(cluster);
    std::string c = sql_literal(cluster);
    std::string sql =
        budget > 0
            ? "SELECT g.s, t.holder, t.backend_pid::text, t.backend_start, t.database, " +
                  advisory_lock_held_sql(key, "g.s") + " FROM generate_series(0, " + std::to_string(budget - 1) +
                  ") g(s) LEFT JOIN " + tables.slots + " t ON t.cluster = " + c + " AND t.slot = g.s ORDER BY 1"
            : "SELECT t.slot, t.holder, t.backend_pid::text, t.backend_start, t.database, " +
                  advisory_lock_held_sql(key, "t.slot") + " FROM " + tables.slots + " t WHERE t.cluster = " + c +
                  " ORDER BY 1";
    std::vector<SlotRow> rows;
    for (const auto& r : s.query(sql))
        rows.push_back({std::stoi(r.at(0).value_or("0")),
                        {r.at(1).value_or(""), r.at(2).value_or(""), r.at(3).value_or(""), r.at(4).value_or("")},
                        r.at(5) == "t"});
    return rows;
}

// SQL counting, on a session of the cluster, the server processes a taint may have left. With
// a pid, that very process (told apart from a later one by its start). Without one (the
// holder died while connecting), a session of this application in that database that no slot
// row names; a worker connecting there right now counts too, which only keeps the taint longer.
std::string left_processes_sql(const ControlSlots::Taint& taint, const std::vector<SlotRow>& rows) {
    if (!taint.pid.empty())
        return "SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid_or_null(taint.pid) +
               " AND extract(epoch FROM backend_start)::text = " + sql_literal(taint.start);
    std::string known;
    for (const auto& r : rows)
        if (!r.row.pid.empty()) known += (known.empty() ? "" : ", ") + pid_or_null(r.row.pid);
    return "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"
           " AND application_name = current_setting('application_name')" +
           (known.empty() ? std::string() : " AND pid NOT IN (" + known + ")") +
           (taint.database.empty() ? std::string() : " AND datname = " + sql_literal(taint.database));
}

}  // namespace

std::string advisory_lock_held_sql(int key1, const std::string& key2) {
    // Two-int4 advisory locks show as classid = key1, objid = key2, objsubid = 2.
    return "EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.classid = " +
           std::to_string(key1) + "::oid AND l.objid = (" + key2 +
           ")::oid AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))";
}

int ControlSlots::try_acquire(const std::string& cluster, int budget, const std::string& database) {
    int key = control_lock::slot_key(cluster);
    std::string c = sql_literal(cluster);
    auto try_lock = [&](Session& s, int slot) {
        return s.query_value("SELECT pg_try_advisory_lock(" + std::to_string(key) + ", " + std::to_string(slot) + ")") ==
               "t";
    };
    return link_.with([&](Session& s) {
        // Slots are read from pg_locks first: a lock this very session holds would be granted
        // again (advisory locks stack), so only slots nobody holds are tried.
        std::vector<SlotRow> rows = read_slots(s, tables_, cluster, budget);
        bool any_held = false;
        for (const auto& r : rows) any_held = any_held || r.held;
        for (const auto& r : rows) {
            if (r.held || r.tainted()) continue;
            if (!try_lock(s, r.slot)) {
                any_held = true;  // taken since it was read
                continue;
            }
            // The row names this worker before its session exists: if it dies while
            // connecting, the slot is tainted, not clean.
            try {
                s.execute("INSERT INTO " + tables_.slots +
                          " (cluster, slot, holder, worker, database) VALUES (" + c + ", " + std::to_string(r.slot) +
                          ", " + sql_literal(worker_) + ", " + sql_literal(worker_) + ", " + literal_or_null(database) +
                          ") ON CONFLICT (cluster, slot) DO UPDATE SET holder = EXCLUDED.holder, worker = "
                          "EXCLUDED.worker, database = EXCLUDED.database, backend_pid = NULL, backend_start = NULL");
            } catch (...) {
                s.query("SELECT pg_advisory_unlock(" + std::to_string(key) + ", " + std::to_string(r.slot) + ")");
                throw;
            }
            return r.slot;
        }
        // A tainted slot waits while anyone holds a slot of the cluster: their next session
        // looks at its process. With nobody there, it waits out the grace.
        if (any_held) return -1;
        auto now = Clock::now();
        for (const auto& r : rows) {
            if (!r.tainted()) continue;
            {
                std::lock_guard lock(mutex_);
                auto& seen = seen_[{cluster, r.slot}];
                if (!(seen.first == r.row) || seen.second == Clock::time_point{}) seen = {r.row, now};
                if (now - seen.second < grace_) continue;
            }
            if (!try_lock(s, r.slot)) return -1;
            std::lock_guard lock(mutex_);
            taken_tainted_[{cluster, r.slot}] = r.row;  // the row keeps naming that process until it is gone
            return r.slot;
        }
        return -1;
    });
}

int ControlSlots::acquire(const std::string& cluster, int budget, const std::string& database) {
    auto pause = std::chrono::milliseconds(5);
    for (;;) {
        int slot = try_acquire(cluster, budget, database);
        if (slot >= 0) return slot;
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(100));
    }
}

void ControlSlots::end_left_process(const std::string& cluster, const Taint& taint, Session& session) {
    auto rows = link_.with([&](Session& s) { return read_slots(s, tables_, cluster, 0); });
    std::string alive = left_processes_sql(taint, rows);
    if (session.query_value(alive) == "0") return;
    if (taint.pid.empty()) {
        // Unnamed, it may be another worker's new session: wait, never end it.
        auto deadline = Clock::now() + grace_;
        while (Clock::now() < deadline && session.query_value(alive) != "0")
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return;
    }
    session.query("SELECT pg_terminate_backend(" + pid_or_null(taint.pid) + ")");
    for (int i = 0; i < 100 && session.query_value(alive) != "0"; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (session.query_value(alive) != "0")
        throw std::runtime_error("cluster " + cluster + ": the session a stopped worker left (pid " + taint.pid +
                                 ") did not end");
}

void ControlSlots::clear_taints(const std::string& cluster, Session& session) {
    int key = control_lock::slot_key(cluster);
    auto rows = link_.with([&](Session& s) { return read_slots(s, tables_, cluster, 0); });
    for (const auto& r : rows) {
        if (!r.tainted() || session.query_value(left_processes_sql(r.row, rows)) != "0") continue;
        // Cleared only if still the same taint and still free.
        link_.with([&](Session& s) {
            s.execute("UPDATE " + tables_.slots +
                      " t SET holder = NULL, backend_pid = NULL, backend_start = NULL, database = NULL WHERE cluster = " +
                      sql_literal(cluster) + " AND slot = " + std::to_string(r.slot) + " AND holder IS NOT DISTINCT FROM " +
                      literal_or_null(r.row.holder) + " AND backend_pid IS NOT DISTINCT FROM " + pid_or_null(r.row.pid) +
                      " AND NOT " + advisory_lock_held_sql(key, "t.slot"));
        });
    }
}

void ControlSlots::opened(const std::string& cluster, int slot, Session& session) {
    std::optional<Taint> left;
    {
        std::lock_guard lock(mutex_);
        if (auto it = taken_tainted_.find({cluster, slot}); it != taken_tainted_.end()) left = it->second;
    }
    if (left) {
        end_left_process(cluster, *left, session);
        std::lock_guard lock(mutex_);
        taken_tainted_.erase({cluster, slot});
    }
    std::string pid = std::to_string(session.backend_pid());
    auto me = session.query("SELECT extract(epoch FROM backend_start)::text, current_database() FROM pg_stat_activity "
                            "WHERE pid = pg_backend_pid()");
    std::string start = me.at(0).at(0).value_or(""), database = me.at(0).at(1).value_or("");
    link_.with([&](Session& s) {
        s.execute("INSERT INTO " + tables_.slots +
                  " (cluster, slot, holder, worker, database, backend_pid, backend_start) VALUES (" +
                  sql_literal(cluster) + ", " + std::to_string(slot) + ", " + sql_literal(worker_) + ", " +
                  sql_literal(worker_) + ", " + sql_literal(database) + ", " + pid + ", " + sql_literal(start) +
                  ") ON CONFLICT (cluster, slot) DO UPDATE SET holder = EXCLUDED.holder, worker = EXCLUDED.worker, "
                  "database = EXCLUDED.database, backend_pid = EXCLUDED.backend_pid, backend_start = "
                  "EXCLUDED.backend_start");
    });
    clear_taints(cluster, session);
}

void ControlSlots::release(const std::string& cluster, int slot) {
    bool keep_taint = false;
    {
        std::lock_guard lock(mutex_);
        keep_taint = taken_tainted_.erase({cluster, slot}) > 0;  // never opened: that process may live on
    }
    // The row is cleared and committed before the lock goes: whoever takes the slot next
    // finds it clean.
    std::string unlock = "SELECT pg_advisory_unlock(" + std::to_string(control_lock::slot_key(cluster)) + ", " +
                         std::to_string(slot) + ")";
    link_.with([&](Session& s) {
        if (keep_taint) {
            s.query(unlock);
            return;
        }
        s.execute("BEGIN; UPDATE " + tables_.slots +
                  " SET holder = NULL, backend_pid = NULL, backend_start = NULL, database = NULL WHERE cluster = " +
                  sql_literal(cluster) + " AND slot = " + std::to_string(slot) + "; COMMIT; " + unlock);
    });
}

}  // namespace pgfleet
