#pragma once
// Mutations of a live schema: small changes a real project makes between two versions
// (drop or rename a column, retype it, flip NOT NULL, add or drop a default, an index, a
// constraint, a view, a routine, a trigger, a policy, a comment, a grant, an enum value).
// Each is worked out from the catalog of the database it will change, so every one is a
// change PostgreSQL itself accepts; the pair (schema, mutated schema) is then a test case.
#include <random>
#include <string>
#include <vector>

#include <pqxx/pqxx>

namespace pgfleet::testing {

struct Mutation {
    std::string kind;  // drop_column, retype_column, ... (the cause a failure is counted under)
    std::string sql;
};

// Every mutation the database's own objects allow (extension members and system schemas left
// out), in a stable order so that a seed always picks the same ones.
std::vector<Mutation> possible_mutations(pqxx::connection& db);

// Applies up to `count` mutations chosen with `rng`, each in its own transaction; one the
// server refuses (a view reads the column, say) is skipped for another. Returns those applied.
std::vector<Mutation> mutate(pqxx::connection& db, std::mt19937& rng, int count);

}  // namespace pgfleet::testing
