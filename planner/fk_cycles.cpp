#include "planner/fk_cycles.h"

#include <algorithm>
#include <set>

namespace pgfleet {
namespace {

// Dropped, or dropped and created again (a new partitioning scheme, columns to move).
bool dropped(const PlanInput& in, const QualifiedName& table) {
    return in.from.tables.count(table) && (!in.to.tables.count(table) || in.online.rebuilt(table));
}

// Whether `start` reaches `goal` through foreign keys between dropped tables.
bool reaches(const PlanInput& in, const QualifiedName& start, const QualifiedName& goal) {
    std::set<QualifiedName> seen{start};
    std::vector<QualifiedName> work{start};
    while (!work.empty()) {
        QualifiedName cur = work.back();
        work.pop_back();
        if (cur == goal) return true;
        for (const auto& con : in.from.tables.at(cur).constraints) {
            const QualifiedName& next = con.references.table;
            if (con.type != ConstraintType::ForeignKey || !dropped(in, next) || !seen.insert(next).second) continue;
            work.push_back(next);
        }
    }
    return false;
}

}  // namespace

std::vector<std::string> foreign_keys_in_drop_cycles(const PlanInput& in, const QualifiedName& table) {
    std::vector<std::string> out;
    if (!dropped(in, table)) return out;
    for (const auto& con : in.from.tables.at(table).constraints) {
        const QualifiedName& target = con.references.table;
        if (con.type != ConstraintType::ForeignKey || target == table || !dropped(in, target)) continue;
        if (reaches(in, target, table)) out.push_back(con.name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<ObjectKey> policies_reading_dropped_tables(const PlanInput& in, const QualifiedName& table) {
    std::vector<ObjectKey> out;
    if (!dropped(in, table)) return out;
    for (const auto& [key, policy] : in.from.policies) {
        if (key.schema != table.schema || key.name != table.name) continue;
        for (const auto& dep : in.from_graph.dependencies_of(key)) {
            QualifiedName read{dep.schema, dep.name};
            if (dep.kind == ObjectKind::Table && read != table && dropped(in, read)) {
                out.push_back(key);
                break;
            }
        }
    }
    return out;
}

}  // namespace pgfleet
