#include "planner/expand.h"

#include <map>
#include <set>

namespace pgfleet {
namespace {

bool removes_old_object(const Change& c, const PlanInput& in) {
    if (c.action == ChangeAction::Drop) return true;
    // Relabeling an enum moves its columns over and leaves nothing else to rebuild (see
    // gen_enum.cpp). Other rebuilt types are swapped in the same way (type_swap.h), but
    // what else uses them (domains over them, casts in constraints) is rebuilt too.
    QualifiedName qn{c.key.schema, c.key.name};
    bool enum_relabel = c.key.kind == ObjectKind::Type && in.from.enums.count(qn) && in.to.enums.count(qn);
    return c.replace && !enum_relabel;
}

// Foreign tables hold no rows of their own, so they can be rebuilt like any other dependent.
bool is_foreign_table(const PlanInput& in, const ObjectKey& key) {
    auto t = in.from.tables.find({key.schema, key.name});
    return key.kind == ObjectKind::Table && t != in.from.tables.end() && t->second.foreign;
}

}  // namespace

std::vector<ObjectKey> dropped_along(const PlanInput& in, const ObjectKey& container) {
    std::vector<ObjectKey> out = contained_objects(in.from, container);
    if (container.kind != ObjectKind::Column) return out;
    // Indexes on the column, and constraints of its own table that use it.
    for (const auto& dep : in.from_graph.dependents_of(container)) {
        bool own_table = dep.schema == container.schema && dep.name == container.name;
        if (dep.kind == ObjectKind::Index || (dep.kind == ObjectKind::Constraint && own_table)) out.push_back(dep);
    }
    return out;
}

std::vector<Change> expand_changes(const ChangeSet& set, const PlanInput& in) {
    std::map<ObjectKey, Change> changes;
    for (const auto& c : set.changes) changes[c.key] = c;

    // 1. Objects that go away with their container need no statement of their own; if the
    //    desired state still has them, they are created again.
    std::set<ObjectKey> implicit;
    for (const auto& [key, c] : changes) {
        if (!removes_old_object(c, in)) continue;
        std::vector<ObjectKey> inside = dropped_along(in, key);
        implicit.insert(inside.begin(), inside.end());
    }
    for (const auto& key : implicit) {
        auto it = changes.find(key);
        // Columns come back with their table; constraints too when their table is recreated.
        auto table = changes.find(table_key({key.schema, key.name}));
        bool comes_back_with_table = key.kind == ObjectKind::Column ||
                                     (key.kind == ObjectKind::Constraint && table != changes.end() &&
                                      removes_old_object(table->second, in));
        if (in.to.contains(key) && !comes_back_with_table) changes[key] = Change{key, ChangeAction::Create, {}, false};
        else if (it != changes.end()) changes.erase(it);
    }

    // 2. What depends on something removed must be removed first; if it is still wanted,
    //    it is rebuilt afterwards.
    std::set<ObjectKey> removed(implicit.begin(), implicit.end());
    std::vector<ObjectKey> work(implicit.begin(), implicit.end());
    for (const auto& [key, c] : changes)
        if (removes_old_object(c, in)) {
            removed.insert(key);
            work.push_back(key);
        }
    while (!work.empty()) {
        ObjectKey k = work.back();
        work.pop_back();
        for (const auto& dep : in.from_graph.dependents_of(k)) {
            if (removed.count(dep)) continue;
            auto it = changes.find(dep);
            if (!in.to.contains(dep)) continue;  // its own Drop change orders it first
            // A dependent whose new form no longer needs `k` is altered in place before `k` goes.
            const auto& new_deps = in.to_graph.dependencies_of(dep);
            bool still_needed = std::find(new_deps.begin(), new_deps.end(), k) != new_deps.end();
            if (!still_needed && it != changes.end()) continue;
            if (dep.kind == ObjectKind::Column || (dep.kind == ObjectKind::Table && !is_foreign_table(in, dep))) continue;
            if (it != changes.end() && it->second.action == ChangeAction::Create) continue;
            Change rebuilt{dep, ChangeAction::Alter, {"definition"}, true};
            if (it != changes.end()) rebuilt.attributes = it->second.attributes;
            changes[dep] = rebuilt;
            removed.insert(dep);
            work.push_back(dep);
        }
    }

    std::vector<Change> out;
    for (const auto& c : set.changes)
        if (changes.count(c.key)) {
            out.push_back(changes.at(c.key));
            changes.erase(c.key);
        }
    for (const auto& [key, c] : changes) out.push_back(c);
    return out;
}

}  // namespace pgfleet
