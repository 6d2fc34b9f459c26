// Publications need the tables (and columns) and schemas they list.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_publication_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, p] : c.publications) {
        ObjectKey key = publication_key(name);
        for (const auto& t : p.tables) {
            graph.add(key, table_key(t.table));
            for (const auto& col : t.columns) graph.add(key, column_key(t.table, col));
            if (t.where) graph.add_all(key, t.where->refs);
        }
        for (const auto& schema : p.schemas) graph.add(key, schema_key(schema));
    }
}

}  // namespace pgfleet
