#pragma once
// What a table says about one of its indexes by name: the index CLUSTER uses and the one
// REPLICA IDENTITY USING INDEX names. PostgreSQL keeps both as flags on the index itself, so
// they follow the index through renames and go away with it.
#include <string>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "pgast/node.h"

namespace pgfleet {

// After an index (or the constraint owning it) of `table` was renamed.
void follow_index_rename(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to);

// The index names tables use that resolve now: taken before a statement, so that after it
// the ones whose index went away are forgotten. Names that do not resolve yet (a catalog read
// back table by table) are left alone.
struct IndexUses {
    std::vector<std::pair<QualifiedName, std::string>> clustered, replica;
};
IndexUses resolving_index_uses(const Catalog& catalog);
// Whether a statement can take an index away (DROP, ALTER TABLE dropping or detaching, SET
// SCHEMA): only those need the uses taken before them, a walk over every table.
bool may_remove_index(const std::string& statement_type, const pgast::Node& body);
void forget_missing_index_uses(Catalog& catalog, const IndexUses& before);

// True when `table` has an index or a key constraint (with its index) of that name.
bool table_has_index(const Catalog& catalog, const QualifiedName& table, const std::string& name);

}  // namespace pgfleet
