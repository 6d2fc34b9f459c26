// Tables. CREATE TABLE carries columns and every constraint except foreign keys, which are
// added afterwards so tables can reference each other in any order.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/expand.h"
#include "planner/gen_foreign_table.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

std::string options_list(const std::vector<std::string>& options) {
    std::string out;
    for (const auto& o : options) {
        auto eq = o.find('=');
        out += (out.empty() ? "" : ", ") + o.substr(0, eq) + "=" + sql_literal(o.substr(eq + 1));
    }
    return out;
}

std::string option_names(const std::vector<std::string>& options) {
    std::string out;
    for (const auto& o : options) out += (out.empty() ? "" : ", ") + o.substr(0, o.find('='));
    return out;
}

void create_table(const Change& c, const Table& t, PlanBuilder& plan) {
    std::vector<ObjectKey> creates{c.key};
    std::string body;
    for (const auto& col : t.columns) {
        body += (body.empty() ? "\n    " : ",\n    ") + ddl::column_definition(col);
        creates.push_back(column_key(t.name, col.name));
        if (col.default_value) creates.push_back(default_key(t.name, col.name));
        if (col.identity) creates.push_back(sequence_key(col.identity->sequence));
    }
    for (const auto& con : t.constraints) {
        if (con.type == ConstraintType::ForeignKey) continue;
        body += ",\n    CONSTRAINT " + sql_ident(con.name) + " " + ddl::constraint_definition(con);
        creates.push_back(constraint_key(t.name, con.name));
    }
    std::string sql = std::string("CREATE ") + (t.persistence == "u" ? "UNLOGGED " : "") + "TABLE " + ddl::name(t.name) +
                      " (" + body + (body.empty() ? ")" : "\n)");
    if (!t.options.empty()) sql += " WITH (" + options_list(t.options) + ")";
    if (t.foreign) sql = create_foreign_table_sql(t);
    plan.add({.sql = sql, .object = c.key, .action = c.action, .phase = Phase::Create, .creates = creates});
    for (const auto& con : t.constraints) {
        if (con.type != ConstraintType::ForeignKey) continue;
        plan_constraint({constraint_key(t.name, con.name), ChangeAction::Create, {}, false}, plan);
    }
    plan_initial_comment(c.key, t.comment, plan);
    plan_privilege_change(c.key, "TABLE " + ddl::name(t.name), {}, t.privileges, plan);
    for (const auto& col : t.columns) {
        plan_initial_comment(column_key(t.name, col.name), col.comment, plan);
        plan_privilege_change(column_key(t.name, col.name), "TABLE " + ddl::name(t.name), {}, col.privileges, plan,
                              col.name);
    }
    for (const auto& con : t.constraints)
        if (con.type != ConstraintType::ForeignKey) plan_initial_comment(constraint_key(t.name, con.name), con.comment, plan);
}

}  // namespace

void plan_table(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    auto drop = [&] {
        std::vector<ObjectKey> removes = dropped_along(plan.in, c.key);
        removes.push_back(c.key);
        plan.add({.sql = "DROP " + ddl::object_reference(plan.in.from, c.key), .object = c.key, .action = c.action,
                  .phase = Phase::Drop, .removes = removes});
    };
    if (c.action == ChangeAction::Drop) return drop();
    const Table& t = plan.in.to.tables.at(qn);
    // Only foreign tables are ever rebuilt (they hold no rows): a new server needs a new table.
    if (c.action == ChangeAction::Create || c.replace) {
        if (c.replace) drop();
        create_table(c, t, plan);
        return;
    }
    const Table& from = plan.in.from.tables.at(qn);
    std::string alter = ddl::alter_relation(plan.in.to, qn);
    if (changes_attribute(c, "foreign")) plan_foreign_options(c, from, t, plan);
    if (changes_attribute(c, "persistence"))
        plan.add({.sql = alter + (t.persistence == "u" ? " SET UNLOGGED" : " SET LOGGED"), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "options")) {
        std::vector<std::string> dropped;
        for (const auto& o : from.options) {
            std::string key = o.substr(0, o.find('='));
            bool kept = false;
            for (const auto& n : t.options) kept |= n.substr(0, n.find('=')) == key;
            if (!kept) dropped.push_back(o);
        }
        if (!dropped.empty())
            plan.add({.sql = alter + " RESET (" + option_names(dropped) + ")", .object = c.key, .action = c.action,
                      .phase = Phase::Alter, .modifies = {c.key}});
        if (!t.options.empty())
            plan.add({.sql = alter + " SET (" + options_list(t.options) + ")", .object = c.key, .action = c.action,
                      .phase = Phase::Alter, .modifies = {c.key}});
    }
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, t.comment, plan);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "TABLE " + ddl::name(qn), from.privileges, t.privileges, plan);
    if (changes_attribute(c, "owner"))
        plan.add({.sql = alter + " OWNER TO " + sql_ident(t.owner), .object = c.key, .action = c.action,
                  .phase = Phase::Alter, .modifies = {c.key}});
}

}  // namespace pgfleet
