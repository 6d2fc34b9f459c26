#include "parser/relation_moves.h"

#include "catalog/not_null_name.h"
#include "parser/index_uses.h"
#include "parser/object_rename.h"
#include "parser/rename_dependents.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// What names a table: foreign keys, children and partitions, indexes, owned sequences.
void follow_table(Catalog& c, const QualifiedName& from, const QualifiedName& to) {
    for (auto& [n, t] : c.tables) {
        for (auto& con : t.constraints)
            if (con.references.table == from) con.references.table = to;
        for (auto& p : t.inherits)
            if (p == from) p = to;
        if (t.partition_of && t.partition_of->parent == from) t.partition_of->parent = to;
    }
    for (auto& [n, seq] : c.sequences)
        if (seq.owned_by && seq.owned_by->table == from) seq.owned_by->table = to;
}

// Indexes go with their relation; a move to another schema takes them (and a table's
// identity sequences) along.
void take_parts(Catalog& c, const QualifiedName& from, const QualifiedName& to) {
    std::vector<QualifiedName> indexes;
    for (auto& [n, idx] : c.indexes)
        if (idx.table == from) indexes.push_back(n);
    for (const auto& n : indexes) {
        c.indexes.at(n).table = to;
        if (from.schema != to.schema) move_keyed(c.indexes, n, {to.schema, n.name});
    }
    auto t = c.tables.find(to);
    if (t == c.tables.end() || from.schema == to.schema) return;
    for (auto& col : t->second.columns)
        if (col.identity && col.identity->sequence.schema == from.schema) col.identity->sequence.schema = to.schema;
    std::vector<QualifiedName> owned;
    for (const auto& [n, seq] : c.sequences)
        if (seq.owned_by && seq.owned_by->table == to) owned.push_back(n);
    for (const auto& n : owned) move_keyed(c.sequences, n, {to.schema, n.name});
}

}  // namespace

void move_relation(StatementContext& ctx, const QualifiedName& from, const QualifiedName& to) {
    Catalog& c = ctx.catalog();
    if (from == to) return;
    if (!c.schemas.count(to.schema)) throw StatementError("missing-object", "schema \"" + to.schema + "\" does not exist");
    if (c.has_relation(to) || c.has_type(to)) {
        if (from.schema != to.schema)
            throw StatementError("invalid", "relation \"" + to.name + "\" already exists in schema \"" + to.schema + "\"");
        throw StatementError("invalid", "relation \"" + to.name + "\" already exists");
    }
    RenameDependents dependents(ctx, NameChange{NameChange::What::Relation, from, to});
    if (c.tables.count(from)) {
        // PostgreSQL 18 keeps the NOT NULL constraints' names, made for the old table name.
        for (auto& col : c.tables.at(from).columns) pin_not_null_name(from, col);
        move_keyed(c.tables, from, to);
        follow_table(c, from, to);
    } else if (c.views.count(from)) {
        move_keyed(c.views, from, to);
    } else if (c.sequences.count(from)) {
        move_keyed(c.sequences, from, to);
        for (auto& [n, t] : c.tables)
            for (auto& col : t.columns)
                if (col.identity && col.identity->sequence == from) col.identity->sequence = to;
    } else {
        throw StatementError("missing-object", "relation \"" + from.name + "\" does not exist");
    }
    take_parts(c, from, to);
    follow_table_rename(c, from, to);  // triggers, policies, rules, publications
    rename_type_references(c, from, to);  // the relation's row type
    dependents.apply(ctx);
}

}  // namespace pgfleet
