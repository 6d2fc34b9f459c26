// Composite types need their schema and the types and collations of their attributes.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_composite_type_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, t] : c.composite_types) {
        ObjectKey key = type_key(name);
        graph.add(key, schema_key(name.schema));
        for (const auto& a : t.attributes) {
            graph.add_type(key, a.type);
            add_collation_use(graph, key, a.collation);
        }
    }
}

}  // namespace pgfleet
