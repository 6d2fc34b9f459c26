// Event triggers need their function.
#include "catalog/routine_ref.h"

namespace pgfleet {

void add_event_trigger_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, trigger] : c.event_triggers)
        add_routine_dependency(c, graph, event_trigger_key(name), trigger.function, "");
}

}  // namespace pgfleet
