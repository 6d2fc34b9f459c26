// Table constraints on existing tables.
#include <algorithm>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

// Online forms apply to plain tables that hold data; partitioned and foreign tables take the
// plain form (PostgreSQL offers them no NOT VALID foreign keys or concurrent index builds).
OnlineChoice choose_for(const QualifiedName& table, PlanBuilder& plan) {
    auto t = plan.in.from.tables.find(table);
    if (t == plan.in.from.tables.end() || t->second.partition_by || t->second.foreign) return {};
    return plan.in.online.choose(table);
}

// CHECK and FOREIGN KEY: added NOT VALID (a brief lock), then validated in a transaction of
// its own, which lets reads and writes go on while it scans.
void add_then_validate(const ObjectKey& key, const Constraint& con, const OnlineChoice& choice, PlanBuilder& plan) {
    QualifiedName table{key.schema, key.name};
    Constraint not_valid = con;
    not_valid.validated = false;
    Statement add{.sql = "ALTER TABLE " + ddl::name(table) + " ADD CONSTRAINT " + sql_ident(con.name) + " " +
                         ddl::constraint_definition(not_valid),
                  .object = key, .action = ChangeAction::Create, .phase = Phase::Create, .creates = {key}};
    add.note = choice.note;
    plan.add(std::move(add));
    Statement validate{.sql = "ALTER TABLE " + ddl::name(table) + " VALIDATE CONSTRAINT " + sql_ident(con.name),
                       .object = key, .action = ChangeAction::Create, .phase = Phase::Create, .needs = {key}};
    validate.own_transaction = true;
    plan.add(std::move(validate));
}

// PRIMARY KEY and UNIQUE: the index is built concurrently first (under `index_name`), then
// the constraint takes it over; USING INDEX renames it to the constraint's name.
void build_constraint_index(const ObjectKey& key, const Constraint& con, const std::string& index_name,
                            const OnlineChoice& choice, PlanBuilder& plan) {
    Index idx;
    idx.name = {key.schema, index_name};
    idx.table = {key.schema, key.name};
    idx.unique = true;
    idx.nulls_not_distinct = con.nulls_not_distinct;
    for (const auto& column : con.columns) idx.elements.push_back({.column = column});
    idx.include = con.include;
    idx.options = con.index_options;
    idx.tablespace = con.index_tablespace;
    Statement build{.sql = ddl::create_index(idx, true), .object = key, .action = ChangeAction::Create,
                    .phase = Phase::Create, .needs = plan.in.to_graph.dependencies_of(key)};
    build.note = choice.note;
    build.transactional = false;
    build.cleanup = "DROP INDEX CONCURRENTLY IF EXISTS " + ddl::name(idx.name);
    // Under the constraint's own name, it takes the name only once an old holder is gone.
    if (index_name == con.name) build.creates = {key};
    plan.add(std::move(build));
}

void add_using_index(const ObjectKey& key, const Constraint& con, const std::string& index_name, PlanBuilder& plan) {
    std::string timing = con.deferrable ? (con.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED"
                                                                  : " DEFERRABLE INITIALLY IMMEDIATE")
                                        : "";
    plan.add({.sql = "ALTER TABLE " + ddl::name({key.schema, key.name}) + " ADD CONSTRAINT " + sql_ident(con.name) +
                     (con.type == ConstraintType::PrimaryKey ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " +
                     sql_ident(index_name) + timing,
              .object = key, .action = ChangeAction::Create, .phase = Phase::Create, .creates = {key}});
}

bool builds_index(const Constraint& con) {
    return con.type == ConstraintType::PrimaryKey || con.type == ConstraintType::Unique;
}

// A foreign key's check of existing rows is a query on both tables, and forced row-level
// security lets the owner see only the rows its policies admit (or fails on a setting they
// read): rows would be skipped or refused. Tables that stay forced are unforced around the
// check, in the same transaction; a table the plan rebuilds is forced only after its keys
// are checked (gen_table.cpp), and a new one holds no rows.
std::vector<QualifiedName> forced_tables_checked(const QualifiedName& table, const Constraint& con, PlanBuilder& plan) {
    std::vector<QualifiedName> out;
    if (con.type != ConstraintType::ForeignKey) return out;
    for (const QualifiedName& t : {table, con.references.table}) {
        auto before = plan.in.from.tables.find(t);
        auto after = plan.in.to.tables.find(t);
        if (before == plan.in.from.tables.end() || after == plan.in.to.tables.end() || plan.in.online.rebuilt(t)) continue;
        if (before->second.rls_enabled && before->second.rls_forced && after->second.rls_forced &&
            std::find(out.begin(), out.end(), t) == out.end())
            out.push_back(t);
    }
    return out;
}

// `check` (an ADD or VALIDATE of foreign key `key`) between NO FORCE and FORCE on `forced`.
void with_forcing_lifted(const ObjectKey& key, const std::vector<QualifiedName>& forced, Statement check,
                         PlanBuilder& plan) {
    for (const auto& t : forced) {
        Statement lift{.sql = "ALTER TABLE " + ddl::name(t) + " NO FORCE ROW LEVEL SECURITY", .object = key,
                       .action = check.action, .phase = check.phase, .modifies = {table_key(t)}};
        // Ready only with the check, so no other transaction comes between them.
        lift.needs = plan.in.to_graph.dependencies_of(key);
        lift.needs.insert(lift.needs.end(), check.needs.begin(), check.needs.end());
        plan.add(std::move(lift));
    }
    plan.add(std::move(check));
    for (const auto& t : forced)
        plan.add({.sql = "ALTER TABLE " + ddl::name(t) + " FORCE ROW LEVEL SECURITY", .object = key,
                  .action = ChangeAction::Alter, .phase = Phase::Create, .modifies = {table_key(t)}});
}

void add_constraint(const ObjectKey& key, const Constraint& con, PlanBuilder& plan) {
    QualifiedName table{key.schema, key.name};
    OnlineChoice choice = choose_for(table, plan);
    bool scans = (con.type == ConstraintType::Check || con.type == ConstraintType::ForeignKey) && con.validated;
    bool builds = builds_index(con);
    std::vector<QualifiedName> forced = scans ? forced_tables_checked(table, con, plan) : std::vector<QualifiedName>{};
    if (!forced.empty()) {
        Statement add{.sql = ddl::alter_relation(plan.in.to, table) + " ADD CONSTRAINT " + sql_ident(con.name) + " " +
                             ddl::constraint_definition(con),
                      .object = key, .action = ChangeAction::Create, .phase = Phase::Create, .creates = {key}};
        with_forcing_lifted(key, forced, std::move(add), plan);
    } else if (choice.online && scans) {
        add_then_validate(key, con, choice, plan);
    } else if (choice.online && builds) {
        build_constraint_index(key, con, con.name, choice, plan);
        add_using_index(key, con, con.name, plan);
    } else {
        Statement add{.sql = ddl::alter_relation(plan.in.to, table) + " ADD CONSTRAINT " + sql_ident(con.name) + " " +
                             ddl::constraint_definition(con),
                      .object = key, .action = ChangeAction::Create, .phase = Phase::Create, .creates = {key}};
        if (scans || builds || con.type == ConstraintType::Exclusion) add.note = choice.note;
        plan.add(std::move(add));
    }
    plan_initial_comment(key, con.comment, plan);
}

void drop_constraint(const ObjectKey& key, PlanBuilder& plan) {
    QualifiedName table{key.schema, key.name};
    plan.add({.sql = ddl::alter_relation(plan.in.from, table) + " DROP CONSTRAINT " + sql_ident(key.sub), .object = key,
              .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = {key}});
}

}  // namespace

void plan_constraint(const Change& c, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        drop_constraint(c.key, plan);
        return;
    }
    const Constraint& to = *plan.in.to.tables.at(table).find_constraint(c.key.sub);
    if (c.action == ChangeAction::Create) {
        add_constraint(c.key, to, plan);
        return;
    }
    if (c.replace) {
        // A key's new index is built beside the old one, so the table is never without it.
        OnlineChoice choice = choose_for(table, plan);
        if (choice.online && builds_index(to)) {
            std::string beside = ddl::helper_name(to.name, "_pgfleet_new");
            build_constraint_index(c.key, to, beside, choice, plan);
            drop_constraint(c.key, plan);
            add_using_index(c.key, to, beside, plan);
            plan_initial_comment(c.key, to.comment, plan);
            return;
        }
        drop_constraint(c.key, plan);
        add_constraint(c.key, to, plan);
        return;
    }
    std::string alter = ddl::alter_relation(plan.in.to, table);
    if (changes_attribute(c, "deferrable")) {
        std::string timing = to.deferrable ? (to.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED"
                                                                    : " DEFERRABLE INITIALLY IMMEDIATE")
                                           : " NOT DEFERRABLE";
        plan.add({.sql = alter + " ALTER CONSTRAINT " + sql_ident(to.name) + timing, .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    }
    if (changes_attribute(c, "validated")) {
        Statement validate{.sql = alter + " VALIDATE CONSTRAINT " + sql_ident(to.name), .object = c.key,
                           .action = c.action, .phase = Phase::Alter, .modifies = {c.key}};
        with_forcing_lifted(c.key, forced_tables_checked(table, to, plan), std::move(validate), plan);
    }
    if (changes_attribute(c, "index_options")) {
        const Constraint& from = *plan.in.from.tables.at(table).find_constraint(c.key.sub);
        plan_index_options(c.key, {table.schema, to.name}, from.index_options, to.index_options, plan);
    }
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, to.comment, plan);
}

}  // namespace pgfleet
