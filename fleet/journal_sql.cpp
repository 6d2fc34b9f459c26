#include "fleet/journal_sql.h"

#include <cstdio>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

std::string nullable_text(const std::string& v) { return v.empty() ? "NULL" : sql_literal(v); }

std::string seconds_literal(double seconds) {
    if (seconds < 0) return "NULL";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", seconds);
    return buf;
}

}  // namespace

std::string journal_insert_sql(const ControlTables& t, const JournalEntry& e) {
    return "INSERT INTO " + t.journal +
           " (cluster, database, target, state, detail, run, worker, wave, seconds, statements) VALUES (" +
           sql_literal(e.tenant.cluster) + ", " + sql_literal(e.tenant.database) + ", " + sql_literal(e.target) +
           ", " + sql_literal(state_name(e.state)) + ", " + sql_literal(e.detail) + ", " + nullable_text(e.run) +
           ", " + nullable_text(e.worker) + ", " + (e.wave >= 0 ? std::to_string(e.wave) : "NULL") + ", " +
           seconds_literal(e.seconds) + ", " + (e.statements >= 0 ? std::to_string(e.statements) : "NULL") + ")";
}

std::string journal_select_sql(const ControlTables& t, const std::string& where) {
    return "SELECT cluster, database, target, state, detail, "
           "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), coalesce(run, ''), coalesce(worker, ''), "
           "coalesce(wave, -1), coalesce(seconds, -1), coalesce(statements, -1) FROM " +
           t.journal + " WHERE " + where + " ORDER BY id";
}

std::vector<JournalEntry> journal_rows(const std::vector<Row>& rows) {
    std::vector<JournalEntry> out;
    for (const auto& r : rows) {
        JournalEntry e{{r[0].value_or(""), r[1].value_or("")}, r[2].value_or(""), state_from(r[3].value_or("")),
                       r[4].value_or(""), r[5].value_or("")};
        e.run = r[6].value_or("");
        e.worker = r[7].value_or("");
        e.wave = std::stoi(r[8].value_or("-1"));
        e.seconds = std::stod(r[9].value_or("-1"));
        e.statements = std::stoll(r[10].value_or("-1"));
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace pgfleet
