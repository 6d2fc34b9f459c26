// Indexes (those not owned by a constraint).
#include <utility>

#include "differ/kind_differs.h"

namespace pgfleet {

void diff_indexes(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.indexes, to.indexes, index_key,
              [&](const Index& a, const Index& b) {
                  // Storage parameters, statistics and the comment change in place.
                  Index a_def = a, b_def = b;
                  a_def.comment = b_def.comment = "";
                  a_def.options = b_def.options = {};
                  std::vector<int> a_stats, b_stats;
                  for (auto& el : a_def.elements) a_stats.push_back(std::exchange(el.statistics, -1));
                  for (auto& el : b_def.elements) b_stats.push_back(std::exchange(el.statistics, -1));
                  std::vector<std::string> attrs;
                  bool replace = !(a_def == b_def);
                  if (replace) attrs.push_back("definition");
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!replace) note_if_different(attrs, "options", a.options, b.options);
                  if (!replace) note_if_different(attrs, "statistics", a_stats, b_stats);
                  if (!attrs.empty()) out.push_back({index_key(b.name), ChangeAction::Alter, attrs, replace});
              },
              out);
}

}  // namespace pgfleet
