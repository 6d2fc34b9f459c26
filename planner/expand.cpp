#include "planner/expand.h"

#include <algorithm>
#include <map>
#include <set>

#include "planner/gen_table_rebuild.h"
#include "planner/partition_copies.h"

namespace pgfleet {
namespace {

// A column whose type changes keeps its indexes and constraints (PostgreSQL rebuilds them),
// but views, policies, triggers and rules that read it block ALTER TYPE and are rebuilt.
bool blocks_type_change(ObjectKind kind) {
    return kind == ObjectKind::View || kind == ObjectKind::Policy || kind == ObjectKind::Trigger ||
           kind == ObjectKind::Rule;
}

bool changes_column_type(const Change& c) {
    if (c.key.kind != ObjectKind::Column || c.action != ChangeAction::Alter || c.replace) return false;
    return std::find(c.attributes.begin(), c.attributes.end(), "type") != c.attributes.end() ||
           std::find(c.attributes.begin(), c.attributes.end(), "collation") != c.attributes.end();
}

// An enum whose labels are removed or reordered is made again under its name, and its
// columns are moved over (gen_enum.cpp).
bool relabels_enum(const Change& c, const PlanInput& in) {
    QualifiedName qn{c.key.schema, c.key.name};
    return c.replace && c.key.kind == ObjectKind::Type && in.from.enums.count(qn) && in.to.enums.count(qn);
}

bool removes_old_object(const Change& c, const PlanInput& in) {
    if (c.action == ChangeAction::Drop) return true;
    // Other rebuilt types are swapped the same way (type_swap.h), and what else uses them
    // (domains over them, casts in constraints) is rebuilt too.
    return c.replace && !relabels_enum(c, in);
}

// A CHECK, an exclusion's WHERE, an index expression or predicate keep the old enum's
// constants ('x'::status), which the server cannot move to the new type: they are rebuilt.
bool holds_expression(const PlanInput& in, const ObjectKey& key) {
    if (key.kind == ObjectKind::Constraint) {
        auto t = in.from.tables.find({key.schema, key.name});
        const Constraint* con = t == in.from.tables.end() ? nullptr : t->second.find_constraint(key.sub);
        return con && (con->check || con->where);
    }
    if (key.kind == ObjectKind::Index) {
        auto i = in.from.indexes.find({key.schema, key.name});
        if (i == in.from.indexes.end()) return false;
        return i->second.predicate || std::any_of(i->second.elements.begin(), i->second.elements.end(),
                                                  [](const IndexElement& e) { return e.expression.has_value(); });
    }
    return false;
}

// What a relabeled enum leaves alone: its columns change type in place (their plain indexes
// and constraints are rebuilt by the server), their defaults are set again by the move.
bool survives_relabel(const PlanInput& in, const ObjectKey& key) {
    if (key.kind == ObjectKind::Index || key.kind == ObjectKind::Constraint) return !holds_expression(in, key);
    return key.kind == ObjectKind::Column || key.kind == ObjectKind::Default || key.kind == ObjectKind::Table;
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
    // The column goes from the partitions and children that only inherit it, with what uses it there.
    // (Tables depend on tables only as partitions and children: no walk over every table.)
    QualifiedName parent{container.schema, container.name};
    for (const auto& dependent : in.from_graph.dependents_of(table_key(parent))) {
        if (dependent.kind != ObjectKind::Table) continue;
        auto found = in.from.tables.find({dependent.schema, dependent.name});
        if (found == in.from.tables.end()) continue;
        const auto& [name, child] = *found;
        bool partition = child.partition_of && child.partition_of->parent == parent;
        bool inherits = std::find(child.inherits.begin(), child.inherits.end(), parent) != child.inherits.end();
        const Column* col = partition || inherits ? child.find_column(container.sub) : nullptr;
        if (!col || (inherits && col->local)) continue;
        ObjectKey child_column = column_key(name, col->name);
        out.push_back(child_column);
        for (const auto& k : dropped_along(in, child_column)) out.push_back(k);
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
        if (keeps_rows(c, in)) inside = without_kept_sequences(in, {key.schema, key.name}, std::move(inside));
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
    std::set<ObjectKey> retyped, relabeled, moved_to_relabeled;
    for (const auto& [key, c] : changes)
        if (changes_column_type(c)) {
            retyped.insert(key);
            work.push_back(key);
        } else if (relabels_enum(c, in)) {
            relabeled.insert(key);
            work.push_back(key);
        }
    while (!work.empty()) {
        ObjectKey k = work.back();
        work.pop_back();
        for (const auto& dep : in.from_graph.dependents_of(k)) {
            if (removed.count(dep)) continue;
            // Moving a column to the new enum is a type change: what blocks one is rebuilt.
            if (relabeled.count(k) && dep.kind == ObjectKind::Column && !retyped.count(dep)) {
                retyped.insert(dep);
                moved_to_relabeled.insert(dep);
                work.push_back(dep);
            }
            if (relabeled.count(k) && survives_relabel(in, dep)) continue;
            if (retyped.count(k) && !blocks_type_change(dep.kind) &&
                !(moved_to_relabeled.count(k) && holds_expression(in, dep)))
                continue;
            auto it = changes.find(dep);
            if (!in.to.contains(dep)) continue;  // its own Drop change orders it first
            // A dependent whose new form no longer needs `k` is altered in place before `k` goes.
            const auto& new_deps = in.to_graph.dependencies_of(dep);
            bool still_needed = std::find(new_deps.begin(), new_deps.end(), k) != new_deps.end();
            // A policy or view moving off a dropped table may move onto its replacement, which
            // takes the old one's index names only once it is gone: it is rebuilt around both.
            bool off_dropped_table = k.kind == ObjectKind::Table &&
                                     (dep.kind == ObjectKind::Policy || dep.kind == ObjectKind::View);
            if (!still_needed && it != changes.end() && !off_dropped_table) continue;
            if (dep.kind == ObjectKind::Default) {
                // The default is taken off before `k` goes and put back after (see gen_column.cpp).
                ObjectKey column = column_key({dep.schema, dep.name}, dep.sub);
                auto col = changes.find(column);
                if (!in.to.contains(column)) continue;
                if (col == changes.end()) col = changes.emplace(column, Change{column, ChangeAction::Alter, {}, false}).first;
                auto& attrs = col->second.attributes;
                if (col->second.action == ChangeAction::Alter && std::find(attrs.begin(), attrs.end(), "default") == attrs.end())
                    attrs.push_back("default");
                continue;
            }
            if (dep.kind == ObjectKind::Column) continue;
            // Tables depend on tables only as partitions or children: those are rebuilt
            // with a parent that is rebuilt. Foreign tables hold no rows of their own, so
            // they are rebuilt like any other dependent.
            if (dep.kind == ObjectKind::Table && k.kind != ObjectKind::Table && !is_foreign_table(in, dep)) continue;
            if (it != changes.end() && it->second.action == ChangeAction::Create) continue;
            Change rebuilt{dep, ChangeAction::Alter, {"definition"}, true};
            if (it != changes.end()) rebuilt.attributes = it->second.attributes;
            changes[dep] = rebuilt;
            removed.insert(dep);
            work.push_back(dep);
        }
    }

    // 3. Copies a partition's DETACH leaves or its ATTACH takes over need no statement.
    for (const auto& [name, t] : in.to.tables) {
        for (const auto& k : copies_detach_creates(in, name))
            if (auto it = changes.find(k); it != changes.end() && it->second.action == ChangeAction::Create) changes.erase(it);
        for (const auto& k : copies_attach_takes(in, name))
            if (auto it = changes.find(k); it != changes.end() && it->second.action == ChangeAction::Drop) changes.erase(it);
    }

    // 4. CLUSTER ON and REPLICA IDENTITY USING INDEX are flags of the index: one built again
    //    comes back without them, so the table sets them again.
    for (const auto& [name, t] : in.to.tables) {
        auto table = changes.find(table_key(name));
        if (table != changes.end() && table->second.action != ChangeAction::Alter) continue;
        if (table != changes.end() && table->second.replace) continue;
        auto rebuilt = [&, &name = name, &t = t](const std::string& index) {
            if (index.empty()) return false;
            ObjectKey k = t.find_constraint(index) ? constraint_key(name, index) : index_key({name.schema, index});
            auto it = changes.find(k);
            return removed.count(k) || (it != changes.end() && (it->second.replace || it->second.action == ChangeAction::Create));
        };
        for (auto [attribute, index] : {std::pair<const char*, std::string>{"clustered_index", t.clustered_index},
                                        {"replica_identity", t.replica_identity == "i" ? t.replica_identity_index : ""}}) {
            if (!rebuilt(index)) continue;
            if (table == changes.end())
                table = changes.emplace(table_key(name), Change{table_key(name), ChangeAction::Alter, {}, false}).first;
            auto& attrs = table->second.attributes;
            if (std::find(attrs.begin(), attrs.end(), attribute) == attrs.end()) attrs.push_back(attribute);
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
