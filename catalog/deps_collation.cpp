// Collations need their schema; columns and index keys that name a user collation need it.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_collation_use(DependencyGraph& graph, const ObjectKey& from, const std::string& collation) {
    if (collation.empty()) return;
    auto parts = split_qualified_name(collation);
    if (parts.size() == 2 && parts[0] != "pg_catalog") graph.add(from, collation_key({parts[0], parts[1]}));
}

void add_collation_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, coll] : c.collations) graph.add(collation_key(name), schema_key(name.schema));
    for (const auto& [name, t] : c.tables) {
        for (const auto& col : t.columns) add_collation_use(graph, column_key(name, col.name), col.collation);
        for (const auto& con : t.constraints)
            for (const auto& e : con.exclusion)
                add_collation_use(graph, constraint_key(name, con.name), e.element.collation);
    }
    for (const auto& [name, idx] : c.indexes)
        for (const auto& e : idx.elements) add_collation_use(graph, index_key(name), e.collation);
}

}  // namespace pgfleet
