// Views and materialized views. A different query or column list means drop and create
// again (CREATE OR REPLACE cannot drop, rename or retype columns); options change in place.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_views(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.views, to.views, view_key,
              [&](const View& a, const View& b) {
                  std::vector<std::string> attrs;
                  bool definition = a.query != b.query || a.columns != b.columns || a.materialized != b.materialized;
                  if (definition) attrs.push_back("definition");
                  note_if_different(attrs, "options", a.options, b.options);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  note_if_different(attrs, "column_comments", a.column_comments, b.column_comments);
                  note_if_different(attrs, "column_defaults", a.column_defaults, b.column_defaults);
                  note_if_different(attrs, "column_privileges", a.column_privileges, b.column_privileges);
                  if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
                  note_if_different(attrs, "privileges", a.privileges, b.privileges);
                  if (!attrs.empty()) out.push_back({view_key(b.name), ChangeAction::Alter, attrs, definition});
              },
              out);
}

}  // namespace pgfleet
