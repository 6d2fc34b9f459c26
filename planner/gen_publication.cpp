// Publications. Tables and schemas are added and dropped in place (a table whose column list
// or row filter changes is dropped and added again); options are SET; switching to or from
// FOR ALL TABLES recreates the publication.
#include <algorithm>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

std::string table_sql(const PublicationTable& t) {
    std::string out = "TABLE " + ddl::name(t.table);
    std::string columns;
    for (const auto& c : t.columns) columns += (columns.empty() ? "" : ", ") + sql_ident(c);
    if (!columns.empty()) out += " (" + columns + ")";
    if (t.where) out += " WHERE (" + t.where->sql + ")";
    return out;
}

std::string options_sql(const Publication& p) {
    std::string publish;
    for (const auto& op : p.publish) publish += (publish.empty() ? "" : ", ") + op;
    return "publish = " + sql_literal(publish) + ", publish_via_partition_root = " +
           (p.via_partition_root ? "true" : "false");
}

KindSql kind_sql(const Publication& p) {
    std::string sql = "CREATE PUBLICATION " + sql_ident(p.name);
    std::vector<std::string> objects;
    for (const auto& t : p.tables) objects.push_back(table_sql(t));
    for (const auto& s : p.schemas) objects.push_back("TABLES IN SCHEMA " + sql_ident(s));
    if (p.all_tables) sql += " FOR ALL TABLES";
    for (size_t i = 0; i < objects.size(); ++i) sql += (i ? ", " : " FOR ") + objects[i];
    if (!(p.publish == Publication{}.publish) || p.via_partition_root) sql += " WITH (" + options_sql(p) + ")";
    return {sql, "DROP PUBLICATION " + sql_ident(p.name), "", {}};
}

const PublicationTable* find(const Publication& p, const QualifiedName& table) {
    auto it = std::find_if(p.tables.begin(), p.tables.end(), [&](const PublicationTable& t) { return t.table == table; });
    return it == p.tables.end() ? nullptr : &*it;
}

void alter_members(const Change& c, const Publication& from, const Publication& to, PlanBuilder& plan) {
    std::string prefix = "ALTER PUBLICATION " + sql_ident(to.name);
    std::vector<std::string> drops, adds;
    for (const auto& t : from.tables) {
        const PublicationTable* now = find(to, t.table);
        if (!now || !(*now == t)) drops.push_back("TABLE " + ddl::name(t.table));
    }
    for (const auto& s : from.schemas)
        if (std::find(to.schemas.begin(), to.schemas.end(), s) == to.schemas.end()) drops.push_back("TABLES IN SCHEMA " + sql_ident(s));
    for (const auto& t : to.tables) {
        const PublicationTable* old = find(from, t.table);
        if (!old || !(*old == t)) adds.push_back(table_sql(t));
    }
    for (const auto& s : to.schemas)
        if (std::find(from.schemas.begin(), from.schemas.end(), s) == from.schemas.end()) adds.push_back("TABLES IN SCHEMA " + sql_ident(s));
    auto add = [&](const char* verb, const std::vector<std::string>& items) {
        if (items.empty()) return;
        std::string list;
        for (const auto& i : items) list += (list.empty() ? "" : ", ") + i;
        plan.add({.sql = prefix + " " + verb + " " + list, .object = c.key, .action = ChangeAction::Alter,
                  .phase = Phase::Alter, .modifies = {c.key}});
    };
    add("DROP", drops);
    add("ADD", adds);
}

}  // namespace

void plan_publication(const Change& c, PlanBuilder& plan) {
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.publications.at(c.key.name));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const Publication& to = plan.in.to.publications.at(c.key.name);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) return plan_creation(c.key, sql, plan);
    const Publication& from = plan.in.from.publications.at(c.key.name);
    if (c.replace) {
        const KindSql old = kind_sql(from);
        return plan_by_definition(c, plan, &old, &sql);
    }
    if (changes_attribute(c, "tables") || changes_attribute(c, "schemas")) alter_members(c, from, to, plan);
    if (changes_attribute(c, "publish") || changes_attribute(c, "via_partition_root"))
        plan.add({.sql = "ALTER PUBLICATION " + sql_ident(to.name) + " SET (" + options_sql(to) + ")", .object = c.key,
                  .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {c.key}});
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
