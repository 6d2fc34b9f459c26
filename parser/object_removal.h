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

// Any object by key, its dependents found through the dependency graph: RESTRICT refuses
// when another object needs it; CASCADE removes those first. Publications lose a dropped
// table or schema without CASCADE, as on the server.
void remove_object(Catalog& catalog, const ObjectKey& key, DropBehavior behavior);

// What goes with a table without CASCADE: its triggers, policies and rules, and its
// publication memberships.
void remove_table_attachments(Catalog& catalog, const QualifiedName& table);

}  // namespace pgfleet
