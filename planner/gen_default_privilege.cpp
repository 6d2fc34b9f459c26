// ALTER DEFAULT PRIVILEGES, turning one entry's grants into another's.
#include "catalog/sql_name.h"
#include "planner/plan_builder.h"

namespace pgfleet {

void plan_default_privilege(const Change& c, PlanBuilder& plan) {
    const auto* from = plan.in.from.default_privileges.count(c.key) ? &plan.in.from.default_privileges.at(c.key) : nullptr;
    const auto* to = plan.in.to.default_privileges.count(c.key) ? &plan.in.to.default_privileges.at(c.key) : nullptr;
    const DefaultPrivilege& any = to ? *to : *from;
    Privileges baseline = default_privilege_baseline(any.schema, any.object_type);
    // No role: the role running the plan (an offline plan between two desired states).
    std::string prefix = "ALTER DEFAULT PRIVILEGES" + (any.role.empty() ? "" : " FOR ROLE " + sql_ident(any.role));
    if (!any.schema.empty()) prefix += " IN SCHEMA " + sql_ident(any.schema);
    std::string on = any.object_type;
    for (auto& ch : on) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
    // Reuse GRANT/REVOKE generation, then turn it into the ALTER DEFAULT PRIVILEGES form.
    PlanBuilder scratch(plan.in);
    plan_privilege_change(c.key, "__ON__", from ? from->grants : baseline, to ? to->grants : baseline, scratch);
    for (auto& s : scratch.statements) {
        std::string sql = s.sql;
        auto at = sql.find(" ON __ON__");
        sql = sql.substr(0, at) + " ON " + on + sql.substr(at + 10);
        // Changes the entry, so it runs before its schema is dropped (after that, IN SCHEMA fails).
        Statement st{.sql = prefix + " " + sql, .object = c.key, .action = c.action, .phase = Phase::Alter,
                     .modifies = {c.key}};
        if (!any.schema.empty()) st.needs = {schema_key(any.schema)};
        plan.add(std::move(st));
    }
}

}  // namespace pgfleet
