#include "planner/name_only_renames.h"

#include <set>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

// A constraint of a table in an inheritance or partition tree may be renamed in its
// relatives by the same statement, or be theirs to rename: left to the diff.
bool stands_alone(const Catalog& c, const Table& t) {
    if (t.partition_by || t.partition_of || !t.inherits.empty()) return false;
    for (const auto& [name, other] : c.tables)
        for (const auto& parent : other.inherits)
            if (parent == t.name) return false;
    return true;
}

Constraint unnamed(Constraint c) {
    c.name.clear();
    c.comment.clear();
    return c;
}

Index unnamed(Index i) {
    i.name.name.clear();
    i.comment.clear();
    return i;
}

Sequence unnamed(Sequence s) {
    s.name.name.clear();
    s.comment.clear();
    s.owner.clear();  // owners and grants are the diff's to settle after the rename
    s.privileges = {};
    return s;
}

void match_constraints(const Catalog& current, const Table& from, const Table& to, std::vector<NameOnlyRename>& out) {
    if (!stands_alone(current, from)) return;
    std::set<std::string> taken;
    for (const auto& a : from.constraints) {
        if (!a.local || to.find_constraint(a.name)) continue;
        for (const auto& b : to.constraints) {
            if (!b.local || from.find_constraint(b.name) || taken.count(b.name) || !(unnamed(a) == unnamed(b))) continue;
            taken.insert(b.name);
            out.push_back({"ALTER TABLE " + sql_qualified(from.name.schema, from.name.name) + " RENAME CONSTRAINT " +
                               sql_ident(a.name) + " TO " + sql_ident(b.name),
                           constraint_key(to.name, b.name), a.name});
            break;
        }
    }
}

// Indexes and sequences: both live in the schema's namespace of relations.
template <typename Map, typename OnTable>
void match_relations(const Catalog& current, const Map& from, const Map& to,
                     const char* kind, OnTable on_table, ObjectKey (*key)(const QualifiedName&),
                     std::vector<NameOnlyRename>& out) {
    std::set<QualifiedName> taken;
    for (const auto& [name, a] : from) {
        if (to.count(name) || !on_table(a)) continue;
        for (const auto& [desired_name, b] : to) {
            if (desired_name.schema != name.schema || current.has_relation(desired_name) || taken.count(desired_name) ||
                !(unnamed(a) == unnamed(b)))
                continue;
            taken.insert(desired_name);
            out.push_back({std::string("ALTER ") + kind + " " + sql_qualified(name.schema, name.name) + " RENAME TO " +
                               sql_ident(desired_name.name),
                           key(desired_name), name.name});
            break;
        }
    }
}

}  // namespace

std::vector<NameOnlyRename> name_only_renames(const Catalog& current, const Catalog& desired) {
    std::vector<NameOnlyRename> out;
    for (const auto& [name, from] : current.tables) {
        auto to = desired.tables.find(name);
        if (to != desired.tables.end() && !from.foreign) match_constraints(current, from, to->second, out);
    }
    // Only what hangs on a table both sides have: anything else goes with its table.
    auto on_kept_table = [&](const QualifiedName& table) {
        return current.tables.count(table) && desired.tables.count(table);
    };
    match_relations(current, current.indexes, desired.indexes, "INDEX",
                    [&](const Index& i) { return on_kept_table(i.table); }, index_key, out);
    match_relations(current, current.sequences, desired.sequences, "SEQUENCE",
                    [&](const Sequence& s) { return s.owned_by && on_kept_table(s.owned_by->table); }, sequence_key, out);
    return out;
}

}  // namespace pgfleet
