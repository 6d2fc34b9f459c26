// Collations. A changed collation is created anew under its name while the old one is renamed
// aside; columns using it switch over, then the old one is dropped.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

KindSql kind_sql(const Collation& c) {
    std::string options = c.provider == "i" ? "provider = icu, locale = " + sql_literal(c.icu_locale)
                                            : "provider = libc, lc_collate = " + sql_literal(c.lc_collate) +
                                                  ", lc_ctype = " + sql_literal(c.lc_ctype);
    if (!c.deterministic) options += ", deterministic = false";
    return {"CREATE COLLATION " + ddl::name(c.name) + " (" + options + ")", "DROP COLLATION " + ddl::name(c.name), "", {}};
}

void swap(const Change& c, const Collation& to, PlanBuilder& plan) {
    std::string text = ddl::name(to.name);
    std::string aside = to.name.name + "__pgfleet_old";
    auto step = [&](const std::string& sql) {
        return Statement{.sql = sql, .object = c.key, .action = ChangeAction::Alter, .phase = Phase::Alter};
    };
    Statement rename = step("ALTER COLLATION " + text + " RENAME TO " + sql_ident(aside));
    rename.modifies = {c.key};
    plan.add(std::move(rename));
    plan_creation(c.key, kind_sql(to), plan);
    for (const auto& [tname, table] : plan.in.to.tables) {
        auto old_table = plan.in.from.tables.find(tname);
        if (old_table == plan.in.from.tables.end()) continue;
        for (const auto& col : table.columns) {
            const Column* old_col = old_table->second.find_column(col.name);
            if (!old_col || old_col->collation != text || col.collation != text || old_col->type != col.type) continue;
            Statement s = step(ddl::alter_relation(plan.in.to, tname) + " ALTER COLUMN " + sql_ident(col.name) + " TYPE " +
                               col.type + " COLLATE " + text);
            s.object = column_key(tname, col.name);
            s.modifies = {s.object};
            s.needs = {c.key};
            plan.add(std::move(s));
        }
    }
    Statement drop = step("DROP COLLATION " + ddl::name({to.name.schema, aside}));
    drop.releases = {c.key};
    plan.add(std::move(drop));
}

}  // namespace

void plan_collation(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.collations.at(qn));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const Collation& to = plan.in.to.collations.at(qn);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Alter && c.replace) return swap(c, to, plan);
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
