// Rules: CREATE OR REPLACE RULE redefines one in place.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_rules(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.rules, to.rules, [](const ObjectKey& k) { return k; },
              [&](const Rule& a, const Rule& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "definition", a.definition, b.definition);
                  note_if_different(attrs, "enabled", a.enabled, b.enabled);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!attrs.empty()) out.push_back({rule_key(b.table, b.name), ChangeAction::Alter, attrs, false});
              },
              out);
}

}  // namespace pgfleet
