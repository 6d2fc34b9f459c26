// GRANT and REVOKE, for every kind that has privileges.
#include <map>

#include "catalog/current_role.h"
#include "catalog/sql_name.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

// CURRENT_USER stays a keyword where the plan was made without knowing the role.
std::string grantee_sql(const std::string& grantee) {
    return grantee == "PUBLIC" || grantee == kCurrentRole ? grantee : sql_ident(grantee);
}

std::string privilege_list(const std::vector<std::string>& privileges, const std::string& column) {
    std::string out;
    for (const auto& p : privileges) {
        out += (out.empty() ? "" : ", ") + p;
        if (!column.empty()) out += " (" + sql_ident(column) + ")";
    }
    return out;
}

}  // namespace

Privileges kind_default_privileges(const PlanInput& in, const ObjectKey& key) {
    // What CREATE gives the object: the built-in defaults, or ALTER DEFAULT PRIVILEGES for
    // the role running the plan (default privilege changes run before creations).
    const char* object_type = nullptr;
    switch (key.kind) {
        case ObjectKind::Table:
        case ObjectKind::View: object_type = "tables"; break;
        case ObjectKind::Sequence: object_type = "sequences"; break;
        case ObjectKind::Function: object_type = "functions"; break;
        case ObjectKind::Type: object_type = "types"; break;
        case ObjectKind::Schema: return privileges_for_new_object(in.to.default_privileges, in.creator, "", "schemas");
        default: return {};
    }
    return privileges_for_new_object(in.to.default_privileges, in.creator, key.schema, object_type);
}

void plan_privilege_change(const ObjectKey& key, const std::string& on, const Privileges& from, const Privileges& to,
                           PlanBuilder& plan, const std::string& column) {
    // Per grantee: privileges to revoke, grant options to revoke, privileges to grant (with
    // and without grant option). Sorted maps keep the statement order stable.
    struct Work {
        std::vector<std::string> revoke, revoke_option, grant, grant_with_option;
    };
    std::map<std::string, Work> work;
    auto find = [](const Privileges& list, const Grant& g) -> const Grant* {
        for (const auto& x : list)
            if (x.grantee == g.grantee && x.privilege == g.privilege) return &x;
        return nullptr;
    };
    for (const auto& g : from) {
        const Grant* kept = find(to, g);
        if (!kept) work[g.grantee].revoke.push_back(g.privilege);
        else if (g.grant_option && !kept->grant_option) work[g.grantee].revoke_option.push_back(g.privilege);
    }
    for (const auto& g : to) {
        const Grant* had = find(from, g);
        if (!had) (g.grant_option ? work[g.grantee].grant_with_option : work[g.grantee].grant).push_back(g.privilege);
        else if (g.grant_option && !had->grant_option) work[g.grantee].grant_with_option.push_back(g.privilege);
    }
    auto add = [&](const std::string& sql) {
        Statement s;
        s.sql = sql;
        s.object = key;
        s.action = ChangeAction::Alter;
        s.phase = Phase::Annotate;
        s.needs = {key};
        plan.add(std::move(s));
    };
    for (const auto& [grantee, w] : work) {
        if (!w.revoke.empty())
            add("REVOKE " + privilege_list(w.revoke, column) + " ON " + on + " FROM " + grantee_sql(grantee));
        if (!w.revoke_option.empty())
            add("REVOKE GRANT OPTION FOR " + privilege_list(w.revoke_option, column) + " ON " + on + " FROM " +
                grantee_sql(grantee));
        if (!w.grant.empty()) add("GRANT " + privilege_list(w.grant, column) + " ON " + on + " TO " + grantee_sql(grantee));
        if (!w.grant_with_option.empty())
            add("GRANT " + privilege_list(w.grant_with_option, column) + " ON " + on + " TO " + grantee_sql(grantee) +
                " WITH GRANT OPTION");
    }
}

}  // namespace pgfleet
