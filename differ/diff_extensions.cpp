// Extensions.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_extensions(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.extensions, to.extensions, extension_key,
              [&](const Extension& a, const Extension& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "schema", a.schema, b.schema);
                  // The server picks the default version and comment; only explicit ones count.
                  if (!b.version.empty()) note_if_different(attrs, "version", a.version, b.version);
                  if (!b.comment.empty()) note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!attrs.empty()) out.push_back({extension_key(b.name), ChangeAction::Alter, attrs, false});
              },
              out);
}

}  // namespace pgfleet
