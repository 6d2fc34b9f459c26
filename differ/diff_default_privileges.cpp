// Default privileges: an entry per (role, schema, object type), changed with GRANT/REVOKE.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_default_privileges(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.default_privileges, to.default_privileges, [](const ObjectKey& k) { return k; },
              [&](const DefaultPrivilege& a, const DefaultPrivilege& b) {
                  if (!(a.grants == b.grants))
                      out.push_back({default_privilege_key(b.role, b.schema, b.object_type), ChangeAction::Alter,
                                     {"grants"}, false});
              },
              out);
}

}  // namespace pgfleet
