// Event triggers: a new event, tag list or function means a new trigger; the firing mode,
// owner and comment change in place.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_event_triggers(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.event_triggers, to.event_triggers, event_trigger_key,
              [&](const EventTrigger& a, const EventTrigger& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "enabled", a.enabled, b.enabled);
                  EventTrigger ea = a, eb = b;
                  ea.enabled = eb.enabled = "";
                  bool definition = note_common_differences(attrs, ea, eb);
                  if (definition) attrs.insert(attrs.begin(), "definition");
                  if (!attrs.empty()) out.push_back({event_trigger_key(b.name), ChangeAction::Alter, attrs, definition});
              },
              out);
}

}  // namespace pgfleet
