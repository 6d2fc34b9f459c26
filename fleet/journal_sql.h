#pragma once
// SQL for the journal table, shared by the single-process table journal and the workers of
// a coordinated run.
#include <string>
#include <vector>

#include "fleet/control_tables.h"
#include "fleet/journal.h"

namespace pgfleet {

// INSERT of one entry (the server stamps `at`).
std::string journal_insert_sql(const ControlTables& tables, const JournalEntry& entry);

// SELECT of the entries matching `where` (SQL text over the journal's columns), oldest first,
// in the column order journal_rows() reads.
std::string journal_select_sql(const ControlTables& tables, const std::string& where);
std::vector<JournalEntry> journal_rows(const std::vector<Row>& rows);

}  // namespace pgfleet
