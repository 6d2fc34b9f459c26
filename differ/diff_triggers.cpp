// Triggers: a new definition means drop and create; ENABLE/DISABLE changes in place.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_triggers(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.triggers, to.triggers, [](const ObjectKey& k) { return k; },
              [&](const Trigger& a, const Trigger& b) {
                  Trigger da = a, db = b;
                  da.enabled = db.enabled = "O";
                  da.comment = db.comment = "";
                  std::vector<std::string> attrs;
                  bool definition = !(da == db);
                  if (definition) attrs.push_back("definition");
                  note_if_different(attrs, "enabled", a.enabled, b.enabled);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!attrs.empty()) out.push_back({trigger_key(b.table, b.name), ChangeAction::Alter, attrs, definition});
              },
              out);
}

}  // namespace pgfleet
