// The journal as a table on the control database.
#include <mutex>

#include "catalog/sql_name.h"
#include "fleet/control_tables.h"
#include "fleet/journal.h"
#include "fleet/journal_sql.h"

namespace pgfleet {
namespace {

class TableJournal : public Journal {
public:
    TableJournal(FleetConnections& connections, const std::string& table)
        : connections_(connections), tables_(control_tables(table)) {
        auto s = connections_.open_control();
        ensure_control_tables(*s, tables_);
    }

    void record(JournalEntry e) override {
        std::lock_guard lock(mutex_);  // one journal session at a time
        auto s = connections_.open_control();
        s->execute(journal_insert_sql(tables_, e));
    }

    std::vector<JournalEntry> load() override {
        std::lock_guard lock(mutex_);
        auto s = connections_.open_control();
        return journal_rows(s->query(journal_select_sql(tables_, "true")));
    }

private:
    FleetConnections& connections_;
    ControlTables tables_;
    std::mutex mutex_;
};

}  // namespace

std::unique_ptr<Journal> open_table_journal(FleetConnections& connections, const std::string& table) {
    return std::make_unique<TableJournal>(connections, table);
}

}  // namespace pgfleet
