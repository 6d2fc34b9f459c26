// Indexes. On tables that hold enough data, indexes are built and dropped CONCURRENTLY, each
// in a step of its own, and a changed index is built beside the old one before it goes.
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
    plan_initial_comment(key, idx.comment, plan);
}

}  // namespace

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
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, idx.comment, plan);
}

}  // namespace pgfleet
