// User mappings; secret option values are never printed (see generic_options_sql.h).
#include "catalog/current_role.h"
#include "catalog/sql_name.h"
#include "planner/gen_generic.h"
#include "planner/generic_options_sql.h"

namespace pgfleet {
namespace {

std::string user_sql(const std::string& user) { return user == "PUBLIC" || user == kCurrentRole ? user : sql_ident(user); }

std::string target(const UserMapping& m) { return "FOR " + user_sql(m.user) + " SERVER " + sql_ident(m.server); }

std::string object_name(const UserMapping& m) { return "mapping_" + m.server + "_" + m.user; }

KindSql kind_sql(const UserMapping& m) {
    OptionsSql options = create_options_sql(m.options, object_name(m));
    return {with_secret_note("CREATE USER MAPPING " + target(m) + options.clause, options.secrets),
            "DROP USER MAPPING " + target(m), "", {}};
}

}  // namespace

void plan_user_mapping(const Change& c, PlanBuilder& plan) {
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.user_mappings.at(c.key));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const UserMapping& to = plan.in.to.user_mappings.at(c.key);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) return plan_creation(c.key, sql, plan);
    const UserMapping& from = plan.in.from.user_mappings.at(c.key);
    if (c.replace) {
        const KindSql old = kind_sql(from);
        return plan_by_definition(c, plan, &old, &sql);
    }
    OptionsSql options = alter_options_sql(from.options, to.options, object_name(to));
    if (!options.clause.empty())
        plan.add({.sql = with_secret_note("ALTER USER MAPPING " + target(to) + options.clause, options.secrets),
                  .object = c.key, .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {c.key}});
}

}  // namespace pgfleet
