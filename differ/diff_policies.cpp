// Policies: roles and expressions change with ALTER POLICY; the command and whether the
// policy is permissive only by creating it again.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_policies(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.policies, to.policies, [](const ObjectKey& k) { return k; },
              [&](const Policy& a, const Policy& b) {
                  std::vector<std::string> attrs;
                  bool recreate = a.command != b.command || a.permissive != b.permissive ||
                                  (a.using_expr && !b.using_expr) || (a.check_expr && !b.check_expr);
                  if (recreate) attrs.push_back("definition");
                  note_if_different(attrs, "roles", a.roles, b.roles);
                  note_if_different(attrs, "using", a.using_expr, b.using_expr);
                  note_if_different(attrs, "check", a.check_expr, b.check_expr);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!attrs.empty()) out.push_back({policy_key(b.table, b.name), ChangeAction::Alter, attrs, recreate});
              },
              out);
}

}  // namespace pgfleet
