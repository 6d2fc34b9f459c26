// Tables. CREATE TABLE carries columns and every constraint except foreign keys, which are
// added afterwards so tables can reference each other in any order.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/expand.h"
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

// ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY, for what differs from `before`.
void plan_row_security(const ObjectKey& key, const Table& t, const Table& before, PlanBuilder& plan) {
    std::string alter = "ALTER TABLE " + ddl::name(t.name);
    auto add = [&](const std::string& what) {
        Statement s{.sql = alter + " " + what, .object = key, .action = ChangeAction::Alter, .phase = Phase::Alter};
        s.modifies = {key};
        plan.add(std::move(s));
    };
    if (t.rls_enabled != before.rls_enabled) add(t.rls_enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
    if (t.rls_forced != before.rls_forced) add(t.rls_forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
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
    plan.add({.sql = sql, .object = c.key, .action = c.action, .phase = Phase::Create, .creates = creates});
    for (const auto& con : t.constraints) {
        if (con.type != ConstraintType::ForeignKey) continue;
        plan_constraint({constraint_key(t.name, con.name), ChangeAction::Create, {}, false}, plan);
    }
    plan_row_security(c.key, t, {}, plan);
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
    if (c.action == ChangeAction::Drop) {
        std::vector<ObjectKey> removes = dropped_along(plan.in, c.key);
        removes.push_back(c.key);
        plan.add({.sql = "DROP TABLE " + ddl::name(qn), .object = c.key, .action = c.action, .phase = Phase::Drop,
                  .removes = removes});
        return;
    }
    const Table& t = plan.in.to.tables.at(qn);
    if (c.action == ChangeAction::Create) {
        create_table(c, t, plan);
        return;
    }
    const Table& from = plan.in.from.tables.at(qn);
    std::string alter = "ALTER TABLE " + ddl::name(qn);
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
    if (changes_attribute(c, "rls_enabled") || changes_attribute(c, "rls_forced")) plan_row_security(c.key, t, from, plan);
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, t.comment, plan);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "TABLE " + ddl::name(qn), from.privileges, t.privileges, plan);
    if (changes_attribute(c, "owner"))
        plan.add({.sql = alter + " OWNER TO " + sql_ident(t.owner), .object = c.key, .action = c.action,
                  .phase = Phase::Alter, .modifies = {c.key}});
}

}  // namespace pgfleet
