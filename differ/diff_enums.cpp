// Enum types.
#include <algorithm>

#include "differ/type_kinds.h"

namespace pgfleet {

// True when `desired` keeps every current label in the same relative order (so values can be added).
static bool labels_extend(const std::vector<std::string>& current, const std::vector<std::string>& desired) {
    size_t pos = 0;
    for (const auto& label : current) {
        auto it = std::find(desired.begin() + pos, desired.end(), label);
        if (it == desired.end()) return false;
        pos = static_cast<size_t>(it - desired.begin()) + 1;
    }
    return true;
}

void diff_enums(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_type_map(from, to, from.enums, to.enums,
              [&](const EnumType& a, const EnumType& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "labels", a.labels, b.labels);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  note_if_different(attrs, "privileges", a.privileges, b.privileges);
                  // Owners differ between environments: compared only where the desired state declares one.
                  if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
                  if (attrs.empty()) return;
                  bool replace = a.labels != b.labels && !labels_extend(a.labels, b.labels);
                  out.push_back({type_key(b.name), ChangeAction::Alter, attrs, replace});
              },
              out);
}

}  // namespace pgfleet
