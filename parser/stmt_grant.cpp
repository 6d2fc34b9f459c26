// GRANT and REVOKE on objects (role membership grants are cluster-level; see stmt_not_schema).
#include <algorithm>
#include <cctype>

#include "catalog/current_role.h"
#include "catalog/object_access.h"
#include "parser/ascii_case.h"
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// The privilege vocabulary of what a GRANT names (tables, views and sequences share ON TABLE).
const char* acl_object_type(const ObjectKey& key) {
    switch (key.kind) {
        case ObjectKind::Table:
        case ObjectKind::View: return "table";
        case ObjectKind::Sequence: return "sequence";
        case ObjectKind::Function: return "function";
        case ObjectKind::Schema: return "schema";
        case ObjectKind::Type: return "type";
        case ObjectKind::ForeignDataWrapper: return "foreign data wrapper";
        case ObjectKind::ForeignServer: return "foreign server";
        default: return "";
    }
}

std::string grantee_name(StatementContext& ctx, const pgast::Node& spec) {
    const auto& r = pgast::node_body(spec);
    std::string type = pgast::get_string(r, "roletype");
    if (type == "ROLESPEC_PUBLIC") return "PUBLIC";
    if (type == "ROLESPEC_CSTRING") return pgast::get_string(r, "rolename");
    return kCurrentRole;  // CURRENT_USER, CURRENT_ROLE, SESSION_USER: the role running the plan
}

// Objects a GRANT names: listed objects, or every object of a kind in the listed schemas.
std::vector<ObjectKey> targets(StatementContext& ctx, const pgast::Node& body, const std::string& objtype) {
    std::vector<ObjectKey> out;
    const Catalog& c = ctx.catalog();
    if (pgast::get_string(body, "targtype") == "ACL_TARGET_ALL_IN_SCHEMA") {
        for (const auto& obj : pgast::get_list(body, "objects")) {
            std::string schema = pgast::string_value(obj);
            if (!c.schemas.count(schema))
                throw StatementError("missing-object", "schema \"" + schema + "\" does not exist");
            if (objtype == "OBJECT_TABLE") {
                for (const auto& [n, t] : c.tables) if (n.schema == schema) out.push_back(table_key(n));
                for (const auto& [n, v] : c.views) if (n.schema == schema) out.push_back(view_key(n));
            } else if (objtype == "OBJECT_SEQUENCE") {
                for (const auto& [n, s] : c.sequences) if (n.schema == schema) out.push_back(sequence_key(n));
            } else {
                bool functions = objtype == "OBJECT_FUNCTION" || objtype == "OBJECT_ROUTINE";
                bool procedures = objtype == "OBJECT_PROCEDURE" || objtype == "OBJECT_ROUTINE";
                for (const auto& [k, f] : c.functions)
                    if (k.schema == schema && (f.procedure ? procedures : functions)) out.push_back(k);
                if (functions)
                    for (const auto& [k, a] : c.aggregates) if (k.schema == schema) out.push_back(k);
            }
        }
        return out;
    }
    for (const auto& obj : pgast::get_list(body, "objects")) {
        if ((objtype == "OBJECT_TABLE" || objtype == "OBJECT_SEQUENCE") && pgast::is_node(obj, "RangeVar")) {
            // ON TABLE also takes views and sequences.
            auto names = range_var_names(obj["RangeVar"]);
            auto rel = ctx.scope().find_relation(names);
            if (!rel) throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist",
                                           ctx.offset_of(obj["RangeVar"]));
            if (c.tables.count(*rel)) out.push_back(table_key(*rel));
            else if (c.views.count(*rel)) out.push_back(view_key(*rel));
            else if (c.sequences.count(*rel)) out.push_back(sequence_key(*rel));
            else throw StatementError("invalid", "\"" + names.back() + "\" cannot be granted on");
            continue;
        }
        out.push_back(lookup_object_node(ctx, objtype, obj));
    }
    return out;
}

void apply(Privileges& acl, const std::string& grantee, const std::string& privilege, bool is_grant, bool option) {
    auto it = std::find_if(acl.begin(), acl.end(),
                           [&](const Grant& g) { return g.grantee == grantee && g.privilege == privilege; });
    if (is_grant) {
        if (it == acl.end()) acl.push_back({grantee, privilege, option});
        else it->grant_option |= option;
    } else if (it != acl.end()) {
        if (option) it->grant_option = false;  // REVOKE GRANT OPTION FOR keeps the privilege
        else acl.erase(it);
    }
}

// REVOKE on a whole view takes that privilege from each of its columns too.
void revoke_view_columns(View& v, const std::string& grantee, const std::string& privilege, bool option) {
    for (auto it = v.column_privileges.begin(); it != v.column_privileges.end();) {
        apply(it->second, grantee, privilege, false, option);
        it = it->second.empty() ? v.column_privileges.erase(it) : std::next(it);
    }
}

// REVOKE CREATE (or ALL) ... FROM PUBLIC.
bool revokes_create_from_public(const pgast::Node& body, const std::vector<std::string>& grantees) {
    if (std::find(grantees.begin(), grantees.end(), "PUBLIC") == grantees.end()) return false;
    const auto& privs = pgast::get_list(body, "privileges");
    if (privs.empty()) return true;
    return std::any_of(privs.begin(), privs.end(), [](const pgast::Node& p) {
        std::string name = ascii_upper(pgast::get_string(pgast::node_body(p), "priv_name"));
        return name == "CREATE" || name == "ALL";
    });
}

}  // namespace

void handle_grant(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objtype");
    static const std::vector<std::string> cluster_level = {"OBJECT_DATABASE", "OBJECT_TABLESPACE", "OBJECT_LANGUAGE",
                                                           "OBJECT_LARGEOBJECT", "OBJECT_PARAMETER_ACL"};
    if (std::find(cluster_level.begin(), cluster_level.end(), objtype) != cluster_level.end()) {
        ctx.warn("not-schema", "GRANT on " + objtype.substr(7) + " is not part of a database schema; ignored");
        return;
    }
    bool is_grant = pgast::get_bool(body, "is_grant");
    bool option = pgast::get_bool(body, "grant_option");
    std::vector<std::string> grantees;
    for (const auto& g : pgast::get_list(body, "grantees")) grantees.push_back(grantee_name(ctx, g));
    std::vector<ObjectKey> objects = targets(ctx, body, objtype);
    Catalog& c = ctx.catalog();
    for (const auto& key : objects) {
        Privileges* acl = privileges_of(c, key);
        if (!acl) throw StatementError("unsupported", "privileges on " + describe(key) + " are not supported");
        const std::vector<std::string>& everything = all_privileges(acl_object_type(key));
        const auto& privs = pgast::get_list(body, "privileges");
        for (const auto& grantee : grantees) {
            if (privs.empty()) {
                for (const auto& p : everything) apply(*acl, grantee, p, is_grant, option);
                // REVOKE ALL on a table takes the column privileges too.
                if (!is_grant && key.kind == ObjectKind::Table)
                    for (auto& col : c.tables.at({key.schema, key.name}).columns)
                        for (const auto& p : all_privileges("column")) apply(col.privileges, grantee, p, false, option);
                if (!is_grant && key.kind == ObjectKind::View)
                    for (const auto& p : all_privileges("column"))
                        revoke_view_columns(c.views.at({key.schema, key.name}), grantee, p, option);
                continue;
            }
            for (const auto& p : privs) {
                const auto& ap = pgast::node_body(p);
                std::string privilege = ascii_upper(pgast::get_string(ap, "priv_name"));
                if (privilege == "TEMP") privilege = "TEMPORARY";
                auto columns = pgast::string_list(pgast::get_list(ap, "cols"));
                if (columns.empty()) {
                    if (privilege == "ALL") {
                        for (const auto& e : everything) apply(*acl, grantee, e, is_grant, option);
                    } else {
                        if (std::find(everything.begin(), everything.end(), privilege) == everything.end())
                            throw StatementError("invalid", "invalid privilege type " + privilege + " for " + describe(key));
                        apply(*acl, grantee, privilege, is_grant, option);
                    }
                    if (!is_grant && key.kind == ObjectKind::Table)
                        for (auto& col : c.tables.at({key.schema, key.name}).columns)
                            apply(col.privileges, grantee, privilege, false, option);
                    if (!is_grant && key.kind == ObjectKind::View) revoke_view_columns(c.views.at({key.schema, key.name}), grantee, privilege, option);
                    continue;
                }
                if (key.kind == ObjectKind::View) {
                    View& v = c.views.at({key.schema, key.name});
                    for (const auto& col_name : columns) {
                        if (std::find(v.columns.begin(), v.columns.end(), col_name) == v.columns.end())
                            throw StatementError("missing-object", "column \"" + col_name + "\" does not exist");
                        Privileges& p = v.column_privileges[col_name];
                        apply(p, grantee, privilege, is_grant, option);
                        normalize_grants(p);
                        if (p.empty()) v.column_privileges.erase(col_name);
                    }
                    continue;
                }
                if (key.kind != ObjectKind::Table)
                    throw StatementError("invalid", "column privileges are only for tables and views, not " + describe(key));
                for (const auto& col_name : columns) {
                    Column* col = c.tables.at({key.schema, key.name}).find_column(col_name);
                    if (!col) throw StatementError("missing-object", "column \"" + col_name + "\" does not exist");
                    apply(col->privileges, grantee, privilege, is_grant, option);
                    normalize_grants(col->privileges);
                }
            }
        }
        normalize_grants(*acl);
        if (key.kind == ObjectKind::Schema && !is_grant && !option && revokes_create_from_public(body, grantees))
            c.schemas.at(key.name).create_revoked_from_public = true;
    }
    if (is_grant)
        for (const auto& key : objects)
            for (const auto& grantee : grantees) ctx.define_setting(key, "grant:" + grantee);
}

}  // namespace pgfleet
