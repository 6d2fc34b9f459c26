// Range types: nothing of their definition can change in place.
#include "differ/type_kinds.h"

namespace pgfleet {

void diff_range_types(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_type_map(from, to, from.range_types, to.range_types,
                  [&](const RangeType& a, const RangeType& b) {
                      std::vector<std::string> attrs;
                      bool definition = note_common_differences(attrs, a, b);
                      if (definition) attrs.insert(attrs.begin(), "definition");
                      if (!attrs.empty()) out.push_back({type_key(b.name), ChangeAction::Alter, attrs, definition});
                  },
                  out);
}

}  // namespace pgfleet
