// Views and materialized views.
#include <set>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

std::string kind_word(const View& v) { return v.materialized ? "MATERIALIZED VIEW " : "VIEW "; }

std::string options_sql(const std::vector<std::string>& options) {
    std::string out;
    for (const auto& o : options) {
        auto eq = o.find('=');
        out += (out.empty() ? "" : ", ") + o.substr(0, eq) + "=" + sql_literal(o.substr(eq + 1));
    }
    return out;
}

std::string create_view(const View& v) {
    std::vector<std::string> options;
    std::string check;
    for (const auto& o : v.options) {
        if (o == "check_option=local") check = " WITH LOCAL CHECK OPTION";
        else if (o == "check_option=cascaded") check = " WITH CASCADED CHECK OPTION";
        else options.push_back(o);
    }
    // The column list makes the names exact whatever the query's own output names are.
    std::string columns;
    for (const auto& c : v.columns) columns += (columns.empty() ? "" : ", ") + sql_ident(c);
    std::string out = "CREATE " + kind_word(v) + ddl::name(v.name) + " (" + columns + ")";
    if (!options.empty()) out += " WITH (" + options_sql(options) + ")";
    return out + " AS\n" + v.query.sql + check;
}

void plan_column_comments(const ObjectKey& key, const View& v, const std::map<std::string, std::string>& before,
                          PlanBuilder& plan) {
    for (const auto& [col, text] : before)
        if (!v.column_comments.count(col)) plan_comment_change(column_key(v.name, col), "", plan);
    for (const auto& [col, text] : v.column_comments) {
        auto old = before.find(col);
        if (old == before.end() || old->second != text) {
            Statement s{.sql = "COMMENT ON COLUMN " + ddl::name(v.name) + "." + sql_ident(col) + " IS " + sql_literal(text),
                        .object = key, .action = ChangeAction::Alter, .phase = Phase::Annotate};
            s.needs = {key};
            plan.add(std::move(s));
        }
    }
}

// ALTER VIEW ... ALTER COLUMN SET / DROP DEFAULT for what differs from `before`.
void plan_column_defaults(const ObjectKey& key, const View& v, const std::map<std::string, Expr>& before,
                          PlanBuilder& plan) {
    std::string alter = "ALTER VIEW " + ddl::name(v.name) + " ALTER COLUMN ";
    auto add = [&](const std::string& sql, std::vector<ObjectKey> needs) {
        needs.push_back(key);
        Statement s{.sql = sql, .object = key, .action = ChangeAction::Alter, .phase = Phase::Create};
        s.needs = std::move(needs);
        plan.add(std::move(s));
    };
    for (const auto& [col, e] : before)
        if (!v.column_defaults.count(col)) add(alter + sql_ident(col) + " DROP DEFAULT", {});
    for (const auto& [col, e] : v.column_defaults) {
        auto old = before.find(col);
        if (old == before.end() || !(old->second == e)) add(alter + sql_ident(col) + " SET DEFAULT " + e.sql, e.refs);
    }
}

void plan_column_privileges(const ObjectKey& key, const View& v, const std::map<std::string, Privileges>& before,
                            PlanBuilder& plan) {
    std::set<std::string> columns;
    for (const auto& [col, p] : before) columns.insert(col);
    for (const auto& [col, p] : v.column_privileges) columns.insert(col);
    static const Privileges none;
    for (const auto& col : columns) {
        auto a = before.find(col);
        auto b = v.column_privileges.find(col);
        plan_privilege_change(column_key(v.name, col), "TABLE " + ddl::name(v.name), a == before.end() ? none : a->second,
                              b == v.column_privileges.end() ? none : b->second, plan, col);
    }
}

void plan_options(const ObjectKey& key, const View& from, const View& to, PlanBuilder& plan) {
    std::string alter = "ALTER " + kind_word(to) + ddl::name(to.name);
    std::string reset;
    for (const auto& o : from.options) {
        std::string name = o.substr(0, o.find('='));
        bool kept = false;
        for (const auto& n : to.options) kept |= n.substr(0, n.find('=')) == name;
        if (!kept) reset += (reset.empty() ? "" : ", ") + name;
    }
    if (!reset.empty())
        plan.add({.sql = alter + " RESET (" + reset + ")", .object = key, .action = ChangeAction::Alter,
                  .phase = Phase::Alter, .modifies = {key}});
    if (!to.options.empty())
        plan.add({.sql = alter + " SET (" + options_sql(to.options) + ")", .object = key, .action = ChangeAction::Alter,
                  .phase = Phase::Alter, .modifies = {key}});
}

}  // namespace

void plan_view(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    const View* from = plan.in.from.views.count(qn) ? &plan.in.from.views.at(qn) : nullptr;
    const View* to = plan.in.to.views.count(qn) ? &plan.in.to.views.at(qn) : nullptr;
    KindSql sql_from, sql_to;
    if (from) sql_from.drop = "DROP " + kind_word(*from) + ddl::name(qn);
    if (to) {
        sql_to.create = create_view(*to);
        sql_to.privileges_on = "TABLE " + ddl::name(qn);
    }
    plan_by_definition(c, plan, from ? &sql_from : nullptr, to ? &sql_to : nullptr);
    if (!to) return;
    bool created = c.action == ChangeAction::Create || c.replace;
    if (created) {
        plan_column_comments(c.key, *to, {}, plan);
        plan_column_defaults(c.key, *to, {}, plan);
        plan_column_privileges(c.key, *to, {}, plan);
        return;
    }
    if (changes_attribute(c, "options")) plan_options(c.key, *from, *to, plan);
    if (changes_attribute(c, "column_comments")) plan_column_comments(c.key, *to, from->column_comments, plan);
    if (changes_attribute(c, "column_defaults")) plan_column_defaults(c.key, *to, from->column_defaults, plan);
    if (changes_attribute(c, "column_privileges")) plan_column_privileges(c.key, *to, from->column_privileges, plan);
}

}  // namespace pgfleet
