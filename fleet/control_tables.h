#pragma once
// What pgfleet keeps on the control database (tenants.control), named after journal.table T:
//   T              the journal: a row when a tenant's work starts and one when it ends
//   T_runs         a row per run: its plan and layout digests, running / stopped / finished, why
//   T_run_tenants  a row per tenant of a run: its wave, target, shard key, finished before the run
//   T_slots        per cluster and session slot, the worker holding it and the server process
//                  of its session (cleared when it closes): a worker that died may have left
//                  that process running
// Claims and session slots are session-level advisory locks, not rows: PostgreSQL frees
// them when the session of a worker that died goes away.
#include <string>

#include "introspect/session.h"

namespace pgfleet {

struct ControlTables {
    std::string journal, runs, run_tenants, slots;  // quoted and qualified, ready for SQL text
    std::string journal_name;                // as configured, for messages
};

// The tables for `journal.table` ("table" or "schema.table"). Throws std::invalid_argument
// when the name leaves no room for the suffixes within PostgreSQL's 63 bytes.
ControlTables control_tables(const std::string& table);

// Creates what is missing (tables, columns added since, indexes) inside one transaction
// holding an advisory lock, so that workers starting together do not collide: concurrent
// CREATE TABLE IF NOT EXISTS fails on pg_type's unique index. When everything exists it
// changes nothing, so a role without CREATE on the schema can run workers.
void ensure_control_tables(Session& session, const ControlTables& tables);

// The advisory lock keys pgfleet takes on the control database: the first half of the two
// int4 keys says what is locked, the second which one.
namespace control_lock {
constexpr int kSchema = 0x70676600;    // creating the tables (transaction-level)
int run_key(const std::string& run);              // claims on the run's tenants: (run_key, tenant index)
int wave_key(const std::string& run);             // one-at-a-time waves: (wave_key, wave index)
int slot_key(const std::string& cluster);         // session slots: (slot_key, slot index)
}  // namespace control_lock

}  // namespace pgfleet
