// Indexes. On tables that hold enough data, indexes are built and dropped CONCURRENTLY, each
// in a step of its own, and a changed index is built beside the old one before it goes.
#include <algorithm>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

// Partitioned tables cannot build or drop their indexes concurrently.
OnlineChoice choose_for(const Index& idx, const Catalog& from, const PlanBuilder& plan) {
    auto t = from.tables.find(idx.table);
    if (t != from.tables.end() && t->second.partition_by) return {};
    return plan.in.online.choose(idx.table);
}

std::string drop_concurrently_sql(const QualifiedName& name, bool if_exists) {
    return std::string("DROP INDEX CONCURRENTLY ") + (if_exists ? "IF EXISTS " : "") + ddl::name(name);
}

// ALTER INDEX ... ALTER COLUMN n SET STATISTICS for what differs from `before` (none: new).
void plan_index_statistics(const ObjectKey& key, const Index& idx, const Index* before, PlanBuilder& plan) {
    for (size_t i = 0; i < idx.elements.size(); ++i) {
        int old = before && i < before->elements.size() ? before->elements[i].statistics : -1;
        if (idx.elements[i].statistics == old) continue;
        plan.add({.sql = "ALTER INDEX " + ddl::name(idx.name) + " ALTER COLUMN " + std::to_string(i + 1) +
                         " SET STATISTICS " + std::to_string(idx.elements[i].statistics),
                  .object = key, .action = ChangeAction::Alter, .phase = Phase::Create, .needs = {key}});
    }
}

void create_index(const ObjectKey& key, const Index& idx, PlanBuilder& plan) {
    OnlineChoice choice = choose_for(idx, plan.in.from, plan);
    Statement s{.sql = ddl::create_index(idx, choice.online), .object = key, .action = ChangeAction::Create,
                .phase = Phase::Create, .creates = {key}};
    s.note = choice.note;
    if (choice.online) {
        s.transactional = false;
        s.cleanup = drop_concurrently_sql(idx.name, true);
    }
    plan.add(std::move(s));
    plan_index_statistics(key, idx, nullptr, plan);
    plan_initial_comment(key, idx.comment, plan);
}

void drop_index(const ObjectKey& key, PlanBuilder& plan) {
    QualifiedName qn{key.schema, key.name};
    const Index& idx = plan.in.from.indexes.at(qn);
    OnlineChoice choice = choose_for(idx, plan.in.from, plan);
    Statement s{.sql = choice.online ? drop_concurrently_sql(qn, false) : "DROP INDEX " + ddl::name(qn), .object = key,
                .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = {key}};
    s.note = choice.note;
    s.transactional = !choice.online;
    plan.add(std::move(s));
}

// The new definition is built under a helper name, the old index dropped, the new renamed:
// queries keep an index to use throughout.
void replace_online(const ObjectKey& key, const Index& idx, const OnlineChoice& choice, PlanBuilder& plan) {
    Index beside = idx;
    beside.name.name = ddl::helper_name(idx.name.name, "_pgfleet_new");
    Statement build{.sql = ddl::create_index(beside, true), .object = key, .action = ChangeAction::Alter,
                    .phase = Phase::Alter, .needs = plan.in.to_graph.dependencies_of(key)};
    build.note = choice.note + "; the new index is built before the old one is dropped";
    build.transactional = false;
    build.cleanup = drop_concurrently_sql(beside.name, true);
    plan.add(std::move(build));
    Statement drop{.sql = drop_concurrently_sql(idx.name, false), .object = key, .action = ChangeAction::Alter,
                   .phase = Phase::Alter, .removes = {key}};
    drop.transactional = false;
    plan.add(std::move(drop));
    plan.add({.sql = "ALTER INDEX " + ddl::name(beside.name) + " RENAME TO " + sql_ident(idx.name.name), .object = key,
              .action = ChangeAction::Alter, .phase = Phase::Alter, .creates = {key}});
    plan_index_statistics(key, idx, nullptr, plan);
    plan_initial_comment(key, idx.comment, plan);
}

}  // namespace

// Storage parameters apply to what is written from now on: set in place, no rebuild.
void plan_index_options(const ObjectKey& key, const QualifiedName& index, const std::vector<std::string>& from,
                        const std::vector<std::string>& to, PlanBuilder& plan) {
    std::string reset, set;
    for (const auto& o : from) {
        std::string name = o.substr(0, o.find('='));
        bool kept = false;
        for (const auto& n : to) kept |= n.substr(0, n.find('=')) == name;
        if (!kept) reset += (reset.empty() ? "" : ", ") + name;
    }
    for (const auto& o : to)
        if (std::find(from.begin(), from.end(), o) == from.end()) {
            auto eq = o.find('=');
            set += (set.empty() ? "" : ", ") + o.substr(0, eq) + "=" + sql_literal(o.substr(eq + 1));
        }
    std::string alter = "ALTER INDEX " + ddl::name(index);
    if (!reset.empty())
        plan.add({.sql = alter + " RESET (" + reset + ")", .object = key, .action = ChangeAction::Alter,
                  .phase = Phase::Alter, .modifies = {key}});
    if (!set.empty())
        plan.add({.sql = alter + " SET (" + set + ")", .object = key, .action = ChangeAction::Alter,
                  .phase = Phase::Alter, .modifies = {key}});
}

void plan_index(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        drop_index(c.key, plan);
        return;
    }
    const Index& idx = plan.in.to.indexes.at(qn);
    if (c.action == ChangeAction::Create) {
        create_index(c.key, idx, plan);
        return;
    }
    if (c.replace) {
        const Index& old = plan.in.from.indexes.at(qn);
        OnlineChoice choice = choose_for(old, plan.in.from, plan);
        if (choice.online && old.table == idx.table) return replace_online(c.key, idx, choice, plan);
        drop_index(c.key, plan);
        create_index(c.key, idx, plan);
        return;
    }
    const Index& old = plan.in.from.indexes.at(qn);
    if (changes_attribute(c, "options")) plan_index_options(c.key, qn, old.options, idx.options, plan);
    if (changes_attribute(c, "statistics")) plan_index_statistics(c.key, idx, &old, plan);
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, idx.comment, plan);
}

}  // namespace pgfleet
