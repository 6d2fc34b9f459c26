// Indexes (those not owned by a constraint).
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_indexes(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.indexes, to.indexes, index_key,
              [&](const Index& a, const Index& b) {
                  Index a_def = a, b_def = b;
                  a_def.comment = b_def.comment = "";
                  std::vector<std::string> attrs;
                  bool replace = !(a_def == b_def);
                  if (replace) attrs.push_back("definition");
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!attrs.empty()) out.push_back({index_key(b.name), ChangeAction::Alter, attrs, replace});
              },
              out);
}

}  // namespace pgfleet
