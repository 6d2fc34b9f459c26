// Schemas.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_schemas(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.schemas, to.schemas, schema_key,
              [&](const Schema& a, const Schema& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  note_if_different(attrs, "privileges", a.privileges, b.privileges);
                  // Owners differ between environments: compared only where the desired state declares one.
                  if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
                  if (!attrs.empty()) out.push_back({schema_key(b.name), ChangeAction::Alter, attrs, false});
              },
              out);
}

}  // namespace pgfleet
