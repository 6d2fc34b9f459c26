#pragma once
// ALTER ... RENAME and SET SCHEMA for types of every kind, attributes, domain constraints, collations,
// aggregates, rules, event triggers, publications, wrappers and servers; and keeping what
// names a table or column in step when those are renamed.
#include "parser/statement_context.h"

namespace pgfleet {

// Handles the RenameStmt when it names one of the kinds above; false otherwise.
bool rename_named_object(StatementContext& ctx, const pgast::Node& rename_stmt);

// ALTER ... SET SCHEMA for types of every kind, collations, aggregates and foreign tables;
// false when the statement names another kind.
bool move_named_object(StatementContext& ctx, const pgast::Node& alter_object_schema_stmt);

// After a table was renamed or moved: its triggers, policies, rules and publication
// memberships follow it.
void follow_table_rename(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);

// Renames or moves a type of any kind, a collation, an aggregate, with what names them.
void move_type(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);
void move_collation(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);
void move_aggregate(Catalog& catalog, const ObjectKey& key, const QualifiedName& to);

// Every type text of the model (columns, domains, attributes, ranges, aggregates) that names
// `from` names `to` instead: a renamed type, or a relation whose row type it is.
void rename_type_references(Catalog& catalog, const QualifiedName& from, const QualifiedName& to);

// After a column was renamed: publication column lists and foreign column options follow it.
void follow_column_rename(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to);

// Moves a catalog map entry to a new key, the object taking the new name with it.
template <class Map, class Key, class Name>
void move_keyed(Map& map, const Key& from, const Key& to, const Name& name) {
    auto node = map.extract(from);
    node.key() = to;
    node.mapped().name = name;
    map.insert(std::move(node));
}

template <class Map>
void move_keyed(Map& map, const QualifiedName& from, const QualifiedName& to) {
    move_keyed(map, from, to, to);
}

}  // namespace pgfleet
