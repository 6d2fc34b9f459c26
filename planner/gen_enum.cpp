// Enum types. New labels are added in place; removing or reordering labels renames the old
// type aside, creates the new one, moves the columns over (through text) and drops the old.
#include <algorithm>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/plan_builder.h"
#include "planner/type_swap.h"

namespace pgfleet {
namespace {

std::string labels_sql(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) out += (out.empty() ? "" : ", ") + sql_literal(l);
    return out;
}

void add_values(const Change& c, const EnumType& from, const EnumType& to, PlanBuilder& plan) {
    std::vector<std::string> present = from.labels;
    for (size_t i = 0; i < to.labels.size(); ++i) {
        const std::string& label = to.labels[i];
        if (std::find(present.begin(), present.end(), label) != present.end()) continue;
        std::string sql = "ALTER TYPE " + ddl::name(to.name) + " ADD VALUE " + sql_literal(label);
        if (i > 0) sql += " AFTER " + sql_literal(to.labels[i - 1]);
        else if (!present.empty()) sql += " BEFORE " + sql_literal(present.front());
        present.push_back(label);
        // Outside a transaction unless nothing later uses it (place_enum_additions decides).
        plan.add({.sql = sql, .object = c.key, .action = c.action, .phase = Phase::Alter, .modifies = {c.key},
                  .transactional = false});
    }
}

void recreate(const Change& c, const EnumType& to, PlanBuilder& plan) {
    QualifiedName old_name{to.name.schema, to.name.name + "__pgfleet_old"};
    plan.add({.sql = "ALTER TYPE " + ddl::name(to.name) + " RENAME TO " + sql_ident(old_name.name), .object = c.key,
              .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    plan.add({.sql = "CREATE TYPE " + ddl::name(to.name) + " AS ENUM (" + labels_sql(to.labels) + ")", .object = c.key,
              .action = c.action, .phase = Phase::Alter, .creates = {c.key}});
    plan_initial_comment(c.key, to.comment, plan);
    // Columns that keep this type are moved over; the cast through text keeps their values.
    // A table the plan builds again is created with the new type.
    for (const auto& [tname, table] : plan.in.to.tables) {
        auto old_table = plan.in.from.tables.find(tname);
        if (old_table == plan.in.from.tables.end() || plan.in.online.rebuilt(tname)) continue;
        for (const auto& col : table.columns) {
            const Column* old_col = old_table->second.find_column(col.name);
            if (!old_col || old_col->type != col.type) continue;
            std::string base = col.type.substr(0, col.type.find('['));
            if (base != ddl::name(to.name)) continue;
            ObjectKey ck = column_key(tname, col.name);
            std::string alter = "ALTER TABLE " + ddl::name(tname) + " ALTER COLUMN " + sql_ident(col.name);
            ObjectKey dk = default_key(tname, col.name);
            if (old_col->default_value)
                plan.add({.sql = alter + " DROP DEFAULT", .object = ck, .action = ChangeAction::Alter,
                          .phase = Phase::Alter, .removes = {dk}});
            plan.add({.sql = alter + " TYPE " + col.type + " USING " + sql_ident(col.name) + "::text::" + col.type,
                      .object = ck, .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {ck},
                      .needs = {c.key}});
            if (col.default_value)
                plan.add({.sql = alter + " SET DEFAULT " + col.default_value->sql, .object = ck,
                          .action = ChangeAction::Alter, .phase = Phase::Alter, .creates = {dk}});
        }
    }
    plan.add({.sql = "DROP TYPE " + ddl::name(old_name), .object = c.key, .action = c.action, .phase = Phase::Alter,
              .releases = {c.key}});
}

}  // namespace

void plan_enum(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        plan.add({.sql = "DROP TYPE " + ddl::name(qn), .object = c.key, .action = c.action, .phase = Phase::Drop,
                  .removes = {c.key}});
        return;
    }
    const EnumType& to = plan.in.to.enums.at(qn);
    if (c.action == ChangeAction::Create) {
        plan.add({.sql = "CREATE TYPE " + ddl::name(qn) + " AS ENUM (" + labels_sql(to.labels) + ")", .object = c.key,
                  .action = c.action, .phase = Phase::Create, .creates = {c.key}});
        if (!to.owner.empty()) plan_owner_change(c.key, to.owner, plan);
        plan_initial_comment(c.key, to.comment, plan);
        plan_privilege_change(c.key, "TYPE " + ddl::name(qn), kind_default_privileges(plan.in, c.key), to.privileges, plan);
        return;
    }
    // The name belonged to another kind of type: swap it for the enum (type_swap.h).
    if (changes_attribute(c, "kind")) {
        KindSql sql{"CREATE TYPE " + ddl::name(qn) + " AS ENUM (" + labels_sql(to.labels) + ")", "DROP TYPE " + ddl::name(qn),
                    "TYPE " + ddl::name(qn), {}};
        return plan_type_swap(c, TypeSwap{sql}, plan);
    }
    const EnumType& from = plan.in.from.enums.at(qn);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "TYPE " + ddl::name(qn), from.privileges, to.privileges, plan);
    if (changes_attribute(c, "labels")) {
        if (c.replace) recreate(c, to, plan);
        else add_values(c, from, to, plan);
    }
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, to.comment, plan);
    if (changes_attribute(c, "owner"))
        plan.add({.sql = "ALTER TYPE " + ddl::name(qn) + " OWNER TO " + sql_ident(to.owner), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
}

}  // namespace pgfleet
