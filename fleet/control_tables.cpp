#include "fleet/control_tables.h"

#include <cstdint>
#include <stdexcept>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

// Suffixes of the tables and indexes named after the journal; the longest bounds its name.
constexpr size_t kLongestSuffix = sizeof("_run_tenants") - 1;
constexpr size_t kMaxIdentifier = 63;

// The DDL, every statement idempotent (it runs again whenever something is missing).
std::string create_sql(const std::string& name, const ControlTables& t) {
    return "CREATE TABLE IF NOT EXISTS " + t.journal +
           " (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), cluster text NOT NULL,"
           " database text NOT NULL, target text NOT NULL, state text NOT NULL, detail text NOT NULL);"
           "ALTER TABLE " + t.journal +
           " ADD COLUMN IF NOT EXISTS run text, ADD COLUMN IF NOT EXISTS worker text,"
           " ADD COLUMN IF NOT EXISTS wave integer, ADD COLUMN IF NOT EXISTS seconds double precision,"
           " ADD COLUMN IF NOT EXISTS statements integer;"
           "CREATE INDEX IF NOT EXISTS " + sql_ident(name + "_run_idx") + " ON " + t.journal +
           " (run, cluster, database);"
           "CREATE INDEX IF NOT EXISTS " + sql_ident(name + "_tenant_idx") + " ON " + t.journal +
           " (cluster, database, target, id);"
           "CREATE TABLE IF NOT EXISTS " + t.runs +
           " (run text PRIMARY KEY, plan_digest text NOT NULL, layout_digest text NOT NULL,"
           " restart boolean NOT NULL, waves text NOT NULL, state text NOT NULL, reason text NOT NULL DEFAULT '',"
           " created_at timestamptz NOT NULL DEFAULT now(), ended_at timestamptz);"
           "CREATE TABLE IF NOT EXISTS " + t.run_tenants +
           " (run text NOT NULL REFERENCES " + t.runs + " ON DELETE CASCADE, idx integer NOT NULL,"
           " cluster text NOT NULL, database text NOT NULL, target text NOT NULL, wave integer NOT NULL,"
           " shard_key numeric NOT NULL, earlier boolean NOT NULL DEFAULT false, PRIMARY KEY (run, idx));"
           "CREATE TABLE IF NOT EXISTS " + t.slots +
           " (cluster text NOT NULL, slot integer NOT NULL, backend_pid integer, backend_start text,"
           " worker text, PRIMARY KEY (cluster, slot));"
           "ALTER TABLE " + t.slots + " ADD COLUMN IF NOT EXISTS holder text, ADD COLUMN IF NOT EXISTS database text;";
}

// FNV-1a folded to a positive int4 (advisory lock keys are int4 pairs).
int key_of(const std::string& text) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return static_cast<int>((h ^ (h >> 32)) & 0x7fffffff);
}

}  // namespace

ControlTables control_tables(const std::string& table) {
    size_t dot = table.find('.');
    std::string schema = dot == std::string::npos ? "" : table.substr(0, dot);
    std::string name = dot == std::string::npos ? table : table.substr(dot + 1);
    if (name.empty() || name.size() + kLongestSuffix > kMaxIdentifier)
        throw std::invalid_argument("journal.table '" + table + "': the table name must have 1 to " +
                                    std::to_string(kMaxIdentifier - kLongestSuffix) +
                                    " bytes (pgfleet names its run tables after it)");
    ControlTables t;
    t.journal_name = table;
    t.journal = sql_qualified(schema, name);
    t.runs = sql_qualified(schema, name + "_runs");
    t.run_tenants = sql_qualified(schema, name + "_run_tenants");
    t.slots = sql_qualified(schema, name + "_slots");
    return t;
}

void ensure_control_tables(Session& s, const ControlTables& t) {
    size_t dot = t.journal_name.find('.');
    std::string name = dot == std::string::npos ? t.journal_name : t.journal_name.substr(dot + 1);
    std::string present =
        "SELECT to_regclass(" + sql_literal(t.runs) + ") IS NOT NULL AND to_regclass(" + sql_literal(t.run_tenants) +
        ") IS NOT NULL AND to_regclass(" + sql_literal(t.slots) + ") IS NOT NULL AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(" + sql_literal(t.journal) +
        ") AND attname IN ('run', 'worker', 'wave', 'seconds', 'statements') AND NOT attisdropped) = 5"
        " AND (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(" + sql_literal(t.slots) +
        ") AND attname IN ('holder', 'database') AND NOT attisdropped) = 2";
    if (s.query_value(present) == "t") return;
    try {
        s.execute("BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(control_lock::kSchema) + ", 0);" +
                  create_sql(name, t) + "COMMIT");
    } catch (...) {
        try {
            s.execute("ROLLBACK");
        } catch (...) {
            // The session is gone; the caller sees the first error.
        }
        throw;
    }
}

namespace control_lock {
int run_key(const std::string& run) { return key_of("claim:" + run); }
int wave_key(const std::string& run) { return key_of("wave:" + run); }
int slot_key(const std::string& cluster) { return key_of("slot:" + cluster); }
}  // namespace control_lock

}  // namespace pgfleet
