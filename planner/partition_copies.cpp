#include "planner/partition_copies.h"

namespace pgfleet {
namespace {

bool same_index(Index a, const Index& b) {
    a.name = b.name;
    a.table = b.table;
    a.comment = b.comment;
    a.options = b.options;
    return a == b;
}

bool same_constraint(Constraint a, const Constraint& b) {
    a.name = b.name;
    a.comment = b.comment;
    a.index_options = b.index_options;
    return a == b;
}

bool copied(const Constraint& c) { return c.type != ConstraintType::Check; }

// Objects of `table` in `side` that are copies of what `parent` has in `parent_side`.
std::vector<ObjectKey> copies(const Catalog& side, const QualifiedName& table, const Catalog& parent_side,
                              const QualifiedName& parent) {
    std::vector<ObjectKey> out;
    auto t = side.tables.find(table);
    auto p = parent_side.tables.find(parent);
    if (t == side.tables.end() || p == parent_side.tables.end()) return out;
    for (const auto& [pn, pi] : parent_side.indexes) {
        if (pi.table != parent) continue;
        for (const auto& [n, idx] : side.indexes)
            if (idx.table == table && same_index(idx, pi) && idx.comment.empty()) {
                out.push_back(index_key(n));
                break;
            }
    }
    for (const auto& pc : p->second.constraints) {
        if (!copied(pc)) continue;
        for (const auto& con : t->second.constraints)
            if (same_constraint(con, pc) && con.comment.empty()) {
                out.push_back(constraint_key(table, con.name));
                break;
            }
    }
    return out;
}

}  // namespace

std::vector<ObjectKey> copies_detach_creates(const PlanInput& in, const QualifiedName& table) {
    auto from = in.from.tables.find(table);
    if (from == in.from.tables.end() || !from->second.partition_of) return {};
    auto to = in.to.tables.find(table);
    if (to == in.to.tables.end() || to->second.partition_of == from->second.partition_of) return {};
    std::vector<ObjectKey> out;
    for (const auto& k : copies(in.to, table, in.from, from->second.partition_of->parent))
        if (!in.from.contains(k)) out.push_back(k);
    return out;
}

std::vector<ObjectKey> copies_attach_takes(const PlanInput& in, const QualifiedName& table) {
    auto to = in.to.tables.find(table);
    if (to == in.to.tables.end() || !to->second.partition_of) return {};
    auto from = in.from.tables.find(table);
    if (from == in.from.tables.end() || from->second.partition_of == to->second.partition_of) return {};
    std::vector<ObjectKey> out;
    for (const auto& k : copies(in.from, table, in.to, to->second.partition_of->parent))
        if (!in.to.contains(k)) out.push_back(k);
    return out;
}

}  // namespace pgfleet
