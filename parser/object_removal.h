#pragma once
// Removing objects from the catalog the way DROP does: RESTRICT refuses when something
// depends on the object, CASCADE removes the dependents too.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

enum class DropBehavior { Restrict, Cascade };

// Each throws StatementError on RESTRICT with dependents, before changing anything.
void remove_table(Catalog& catalog, const QualifiedName& table, DropBehavior behavior);
void remove_column(Catalog& catalog, const QualifiedName& table, const std::string& column, DropBehavior behavior);
void remove_constraint(Catalog& catalog, const QualifiedName& table, const std::string& constraint,
                       DropBehavior behavior);
void remove_sequence(Catalog& catalog, const QualifiedName& sequence, DropBehavior behavior);
void remove_type(Catalog& catalog, const QualifiedName& type, DropBehavior behavior);
void remove_index(Catalog& catalog, const QualifiedName& index);
void remove_schema(Catalog& catalog, const std::string& schema, DropBehavior behavior);

// Removes an object found by key, after its dependents: RESTRICT refuses when any exist,
// CASCADE removes them (a column default that uses the object is dropped, not its column).
void remove_with_dependents(Catalog& catalog, const ObjectKey& key, DropBehavior behavior);

}  // namespace pgfleet
