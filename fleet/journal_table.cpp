// The journal as a table on the control database.
#include <mutex>

#include "catalog/sql_name.h"
#include "fleet/journal.h"

namespace pgfleet {
namespace {

std::string qualified_table(const std::string& table) {
    size_t dot = table.find('.');
    if (dot == std::string::npos) return sql_ident(table);
    return sql_qualified(table.substr(0, dot), table.substr(dot + 1));
}

class TableJournal : public Journal {
public:
    TableJournal(FleetConnections& connections, const std::string& table)
        : connections_(connections), table_(qualified_table(table)) {
        auto s = connections_.open_control();
        s->execute("CREATE TABLE IF NOT EXISTS " + table_ +
                   " (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), cluster text NOT NULL,"
                   " database text NOT NULL, target text NOT NULL, state text NOT NULL, detail text NOT NULL)");
    }

    void record(JournalEntry e) override {
        std::lock_guard lock(mutex_);  // one journal session at a time
        auto s = connections_.open_control();
        s->execute("INSERT INTO " + table_ + " (cluster, database, target, state, detail) VALUES (" +
                   sql_literal(e.tenant.cluster) + ", " + sql_literal(e.tenant.database) + ", " +
                   sql_literal(e.target) + ", " + sql_literal(state_name(e.state)) + ", " + sql_literal(e.detail) + ")");
    }

    std::vector<JournalEntry> load() override {
        std::lock_guard lock(mutex_);
        auto s = connections_.open_control();
        auto rows = s->query("SELECT cluster, database, target, state, detail, "
                             "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM " +
                             table_ + " ORDER BY id");
        std::vector<JournalEntry> out;
        for (const auto& r : rows)
            out.push_back({{r[0].value_or(""), r[1].value_or("")}, r[2].value_or(""), state_from(r[3].value_or("")),
                           r[4].value_or(""), r[5].value_or("")});
        return out;
    }

private:
    FleetConnections& connections_;
    std::string table_;
    std::mutex mutex_;
};

}  // namespace

std::unique_ptr<Journal> open_table_journal(FleetConnections& connections, const std::string& table) {
    return std::make_unique<TableJournal>(connections, table);
}

}  // namespace pgfleet
