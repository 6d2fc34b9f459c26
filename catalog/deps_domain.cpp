// Domains need their schema, base type, collation, and whatever their default and CHECK
// expressions use.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_domain_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, d] : c.domains) {
        ObjectKey key = type_key(name);
        graph.add(key, schema_key(name.schema));
        graph.add_type(key, d.base_type);
        add_collation_use(graph, key, d.collation);
        if (d.default_value) graph.add_all(key, d.default_value->refs);
        for (const auto& con : d.constraints) graph.add_all(key, con.check.refs);
    }
}

}  // namespace pgfleet
