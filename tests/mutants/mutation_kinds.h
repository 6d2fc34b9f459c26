#pragma once
// The mutation lists, one function per family, and what they share.
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "tests/mutants/mutation.h"

namespace pgfleet::testing {

// SQL condition on pg_class c / pg_namespace n: the project's own relations, not the
// server's schemas, not what an extension installed.
extern const char* const kOwnRelation;
// FROM and WHERE of the project's own functions and procedures (pg_proc p): not the server's,
// not an extension's.
extern const char* const kOwnRoutines;

pqxx::result query(pqxx::connection& db, const std::string& sql);
// "schema"."name" from two columns of a row.
std::string qualified(const pqxx::row& row, int schema_col = 0);

void add_table_mutations(pqxx::connection& db, std::vector<Mutation>& out);
void add_column_mutations(pqxx::connection& db, std::vector<Mutation>& out);
void add_dependent_mutations(pqxx::connection& db, std::vector<Mutation>& out);
void add_routine_and_type_mutations(pqxx::connection& db, std::vector<Mutation>& out);
// Changes made by rewriting what the server prints of an object (its index, constraint,
// routine definition), and to domains, composite types, partitions, identity, collations.
void add_definition_mutations(pqxx::connection& db, std::vector<Mutation>& out);

}  // namespace pgfleet::testing
