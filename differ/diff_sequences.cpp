// Sequences.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_sequences(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.sequences, to.sequences, sequence_key,
              [&](const Sequence& a, const Sequence& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "options", a.options, b.options);
                  note_if_different(attrs, "owned_by", a.owned_by, b.owned_by);
                  note_if_different(attrs, "unlogged", a.unlogged, b.unlogged);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  note_if_different(attrs, "privileges", a.privileges, b.privileges);
                  // Owners differ between environments: compared only where the desired state declares one.
                  if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
                  if (!attrs.empty()) out.push_back({sequence_key(b.name), ChangeAction::Alter, attrs, false});
              },
              out);
}

}  // namespace pgfleet
