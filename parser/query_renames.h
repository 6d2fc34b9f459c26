#pragma once
// One name change (a relation, a column or a routine renamed or moved) applied to the trees
// of queries and expressions that name it, so they keep meaning what they meant: PostgreSQL
// stores them by oid and prints the new name afterwards.
#include <string>

#include "catalog/object_key.h"
#include "pgast/node.h"

namespace pgfleet {

struct NameChange {
    enum class What { Relation, Column, Routine };
    What what = What::Relation;
    QualifiedName from, to;               // the relation or routine, before and after
    std::string column_from, column_to;   // What::Column: a column of relation `from`
};

// A query tree as bind_query binds it (every column qualified by its FROM item's name, output
// names explicit): the object gets its new name and so do the column references through it.
void rename_in_bound_query(pgast::Node& bound, const NameChange& change);

// An expression or statement tree as the model writes it (relations qualified): relations
// and routines it names, and regclass literals ('public.seq'), get the new name.
void rename_in_written_tree(pgast::Node& tree, const NameChange& change);

}  // namespace pgfleet
