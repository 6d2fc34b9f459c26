#include "catalog/server_fit.h"

#include <algorithm>
#include <stdexcept>

#include "catalog/empty_database.h"
#include "catalog/not_null_name.h"
#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

void drop_privilege(Privileges& grants, const char* privilege) {
    grants.erase(std::remove_if(grants.begin(), grants.end(), [&](const Grant& g) { return g.privilege == privilege; }),
                 grants.end());
}

void drop_maintain(Catalog& c) {
    for (auto& [name, t] : c.tables) drop_privilege(t.privileges, "MAINTAIN");
    for (auto& [name, v] : c.views) drop_privilege(v.privileges, "MAINTAIN");
    for (auto& [key, d] : c.default_privileges)
        if (d.object_type == "tables") drop_privilege(d.grants, "MAINTAIN");
}

// The desired state starts from an empty database as PostgreSQL 15 makes it: public owned by
// pg_database_owner, USAGE for PUBLIC. Before 15 an empty database's public schema belongs to
// the bootstrap superuser and PUBLIC may also CREATE in it: there the file's grants count on
// top of those defaults, and CREATE for PUBLIC stays unless the file revokes it.
void public_schema_as_before_15(Catalog& c) {
    auto it = c.schemas.find("public");
    if (it == c.schemas.end()) return;
    Schema& s = it->second;
    if (s.owner == "pg_database_owner") s.owner.clear();
    bool has_create = std::any_of(s.privileges.begin(), s.privileges.end(),
                                  [](const Grant& g) { return g.grantee == "PUBLIC" && g.privilege == "CREATE"; });
    if (!has_create && !s.create_revoked_from_public) {
        s.privileges.push_back({"PUBLIC", "CREATE", false});
        normalize_grants(s.privileges);
    }
}

// Virtual generated columns are 18's; an older server cannot hold the desired state at all.
void require_virtual_generated(const Catalog& c, const ServerVersion& v) {
    if (v.has(ServerFeature::VirtualGeneratedColumns)) return;
    for (const auto& [name, t] : c.tables)
        for (const auto& col : t.columns)
            if (col.generated && col.generated_virtual)
                throw std::runtime_error("the desired state's virtual generated column " +
                                         sql_qualified(name.schema, name.name) + "." + sql_ident(col.name) +
                                         " needs PostgreSQL 18; the server runs " + std::to_string(v.major()));
}

}  // namespace

void fit_to_server(Catalog& catalog, int major) {
    if (major == 0) return;
    const ServerVersion& v = ServerVersion::of(major);
    require_virtual_generated(catalog, v);
    if (!v.has(ServerFeature::MaintainPrivilege)) drop_maintain(catalog);
    if (!restricted_public_schema(v.major())) public_schema_as_before_15(catalog);
    if (!v.has(ServerFeature::NotNullConstraintRows)) clear_not_null_names(catalog);
}

void fit_replayed_to_server(Catalog& catalog, int major) {
    if (major != 0 && !ServerVersion::of(major).has(ServerFeature::NotNullConstraintRows)) clear_not_null_names(catalog);
}

}  // namespace pgfleet
