// ALTER DEFAULT PRIVILEGES [FOR ROLE ...] [IN SCHEMA ...] GRANT|REVOKE ... ON TABLES|...
#include <algorithm>
#include <cctype>

#include "catalog/current_role.h"
#include "parser/ascii_case.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::string object_type_of(const std::string& objtype) {
    if (objtype == "OBJECT_TABLE") return "tables";
    if (objtype == "OBJECT_SEQUENCE") return "sequences";
    if (objtype == "OBJECT_FUNCTION" || objtype == "OBJECT_ROUTINE" || objtype == "OBJECT_PROCEDURE") return "functions";
    if (objtype == "OBJECT_TYPE" || objtype == "OBJECT_DOMAIN") return "types";
    if (objtype == "OBJECT_SCHEMA") return "schemas";
    throw StatementError("unsupported", "default privileges on " + objtype.substr(7) + " are not supported");
}

}  // namespace

void handle_alter_default_privileges(StatementContext& ctx, const pgast::Node& body) {
    // An empty role means the role that runs the migration (bound when planning).
    std::vector<std::string> roles, schemas;
    for (const auto& opt : pgast::get_list(body, "options")) {
        const auto& d = pgast::node_body(opt);
        const auto& items = pgast::get_list(pgast::node_body(d.at("arg")), "items");
        std::string name = pgast::get_string(d, "defname");
        for (const auto& item : items) {
            if (name == "roles") roles.push_back(pgast::get_string(pgast::node_body(item), "rolename"));
            else schemas.push_back(pgast::string_value(item));
        }
    }
    if (roles.empty()) roles.push_back("");
    if (schemas.empty()) schemas.push_back("");
    const auto& action = body.at("action");
    std::string type = object_type_of(pgast::get_string(action, "objtype"));
    if (type == "schemas" && schemas.front() != "")
        throw StatementError("invalid", "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
    bool is_grant = pgast::get_bool(action, "is_grant");
    bool option = pgast::get_bool(action, "grant_option");
    std::vector<std::string> privileges;
    for (const auto& p : pgast::get_list(action, "privileges"))
        privileges.push_back(ascii_upper(pgast::get_string(pgast::node_body(p), "priv_name")));
    if (privileges.empty()) privileges = all_privileges(default_privilege_acl_type(type));
    std::vector<std::string> grantees;
    for (const auto& g : pgast::get_list(action, "grantees")) {
        const auto& r = pgast::node_body(g);
        std::string type = pgast::get_string(r, "roletype");
        grantees.push_back(type == "ROLESPEC_PUBLIC"    ? "PUBLIC"
                           : type == "ROLESPEC_CSTRING" ? pgast::get_string(r, "rolename")
                                                        : std::string(kCurrentRole));
    }
    Catalog& c = ctx.catalog();
    for (const auto& schema : schemas) {
        if (!schema.empty() && !c.schemas.count(schema))
            throw StatementError("missing-object", "schema \"" + schema + "\" does not exist");
        for (const auto& role : roles) {
            ObjectKey key = default_privilege_key(role, schema, type);
            auto it = c.default_privileges.find(key);
            DefaultPrivilege dp = it != c.default_privileges.end()
                                      ? it->second
                                      : DefaultPrivilege{role, schema, type, default_privilege_baseline(schema, type)};
            for (const auto& grantee : grantees)
                for (const auto& privilege : privileges) {
                    auto found = std::find_if(dp.grants.begin(), dp.grants.end(), [&](const Grant& g) {
                        return g.grantee == grantee && g.privilege == privilege;
                    });
                    if (is_grant) {
                        if (found == dp.grants.end()) dp.grants.push_back({grantee, privilege, option});
                        else found->grant_option |= option;
                    } else if (found != dp.grants.end()) {
                        if (option) found->grant_option = false;
                        else dp.grants.erase(found);
                    }
                }
            normalize_grants(dp.grants);
            // An entry that grants exactly the built-in defaults is no entry (the server drops it).
            if (dp.grants == default_privilege_baseline(schema, type)) c.default_privileges.erase(key);
            else c.default_privileges[key] = dp;
        }
    }
}

}  // namespace pgfleet
