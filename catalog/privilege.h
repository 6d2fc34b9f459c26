#pragma once
// Privileges on an object (its ACL), minus the owner's own implicit rights.
#include <string>
#include <vector>

namespace pgfleet {

// One privilege held by one grantee. `grantee` is a role name or "PUBLIC"; `privilege` is
// the SQL keyword (SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, USAGE,
// EXECUTE, CREATE, CONNECT, TEMPORARY).
struct Grant {
    std::string grantee;
    std::string privilege;
    bool grant_option = false;
    auto operator<=>(const Grant&) const = default;
};

// Kept sorted and free of duplicates (see normalize_grants), so equal ACLs compare equal.
using Privileges = std::vector<Grant>;

void normalize_grants(Privileges& grants);

// What becomes of a role's grants on an object that role comes to own: they merge into the
// owner's rights (PostgreSQL's aclnewowner), which the model leaves out.
void drop_grants_to_new_owner(Privileges& grants, const std::string& owner);

// The privilege keywords an object type accepts, for GRANT ALL expansion:
// "table", "sequence", "function", "schema", "type", "foreign data wrapper", "foreign server".
const std::vector<std::string>& all_privileges(const std::string& object_type);

// What PUBLIC holds on a new object of this type without any GRANT (EXECUTE on functions,
// USAGE on types).
Privileges default_public_privileges(const std::string& object_type);

}  // namespace pgfleet
