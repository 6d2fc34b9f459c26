#pragma once
// The data steps of a table rebuilt with its rows (gen_table_rebuild.cpp), as a saved plan
// may hold them. They are the only data changes a plan carries, and only in their own shape:
// rows go back only into the table they were copied from, a counter only into the sequence
// it was read from, and both only from a temporary copy an earlier step made.
#include <map>
#include <optional>
#include <string>

#include "catalog/catalog.h"
#include "pgast/node.h"

namespace pgfleet {

// The relation a rebuild's copy reads: CREATE TEMPORARY TABLE x AS SELECT ... FROM one relation,
// nothing filtered, grouped or limited. Nothing for any other CREATE TABLE AS.
std::optional<QualifiedName> rows_copy_source(const pgast::Node& create_table_as);

class RowCopyAudit {
public:
    // Reads one step in plan order. "" when it is a copy, a restore or no data step at all;
    // else what is wrong with it.
    std::string check(const pgast::Node& statement);

private:
    // Temporary copy -> the relation it was filled from.
    std::map<std::string, QualifiedName> copies_;
};

}  // namespace pgfleet
