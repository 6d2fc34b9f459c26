#include "catalog/default_privilege.h"

namespace pgfleet {

std::string default_privilege_acl_type(const std::string& object_type) {
    if (object_type == "tables") return "table";
    if (object_type == "sequences") return "sequence";
    if (object_type == "functions") return "function";
    if (object_type == "types") return "type";
    return "schema";
}

Privileges default_privilege_baseline(const std::string& schema, const std::string& object_type) {
    if (!schema.empty()) return {};
    return default_public_privileges(default_privilege_acl_type(object_type));
}

Privileges privileges_for_new_object(const std::map<ObjectKey, DefaultPrivilege>& entries, const std::string& role,
                                     const std::string& schema, const std::string& object_type) {
    auto global = entries.find(default_privilege_key(role, "", object_type));
    Privileges out = global != entries.end() ? global->second.grants : default_privilege_baseline("", object_type);
    auto local = entries.find(default_privilege_key(role, schema, object_type));
    if (local != entries.end()) out.insert(out.end(), local->second.grants.begin(), local->second.grants.end());
    normalize_grants(out);
    return out;
}

}  // namespace pgfleet
