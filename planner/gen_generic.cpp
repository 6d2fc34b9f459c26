#include "planner/gen_generic.h"

#include "catalog/sql_name.h"
#include "planner/ddl.h"

namespace pgfleet {
namespace {

Statement statement(const std::string& sql, const ObjectKey& key, ChangeAction action, Phase phase) {
    Statement s;
    s.sql = sql;
    s.object = key;
    s.action = action;
    s.phase = phase;
    return s;
}

}  // namespace

void plan_owner_change(const ObjectKey& key, const std::string& owner, PlanBuilder& plan) {
    Statement s = statement("ALTER " + ddl::object_reference(plan.in.to, key) + " OWNER TO " + sql_ident(owner), key,
                            ChangeAction::Alter, Phase::Annotate);
    s.needs = {key};
    plan.add(std::move(s));
}

void plan_creation(const ObjectKey& key, const KindSql& sql, PlanBuilder& plan) {
    Statement s = statement(sql.create, key, ChangeAction::Create, Phase::Create);
    s.creates = {key};
    s.creates.insert(s.creates.end(), sql.creates_also.begin(), sql.creates_also.end());
    plan.add(std::move(s));
    Catalog& to = const_cast<Catalog&>(plan.in.to);
    if (const std::string* comment = comment_of(to, key)) plan_initial_comment(key, *comment, plan);
    if (const std::string* owner = owner_of(to, key); owner && !owner->empty()) plan_owner_change(key, *owner, plan);
    if (const Privileges* privileges = privileges_of(plan.in.to, key); privileges && !sql.privileges_on.empty())
        plan_privilege_change(key, sql.privileges_on, kind_default_privileges(plan.in, key), *privileges, plan);
}

void plan_by_definition(const Change& c, PlanBuilder& plan, const KindSql* sql_from, const KindSql* sql_to) {
    auto drop = [&] {
        Statement s = statement(sql_from->drop, c.key, ChangeAction::Drop, Phase::Drop);
        s.removes = {c.key};
        plan.add(std::move(s));
    };
    if (c.action == ChangeAction::Drop) return drop();
    if (c.action == ChangeAction::Create) return plan_creation(c.key, *sql_to, plan);
    if (c.replace) {
        drop();
        return plan_creation(c.key, *sql_to, plan);
    }
    Catalog& to = const_cast<Catalog&>(plan.in.to);
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, *comment_of(to, c.key), plan);
    if (changes_attribute(c, "owner")) plan_owner_change(c.key, *owner_of(to, c.key), plan);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, sql_to->privileges_on, *privileges_of(plan.in.from, c.key),
                              *privileges_of(plan.in.to, c.key), plan);
}

}  // namespace pgfleet
