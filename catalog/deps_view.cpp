// Views need what their query reads: relations, columns, routines, types.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_view_dependencies(const Catalog& c, DependencyGraph& g) {
    for (const auto& [name, v] : c.views) {
        ObjectKey key = view_key(name);
        g.add(key, schema_key(name.schema));
        g.add_all(key, v.query.refs);
        for (const auto& [col, e] : v.column_defaults) g.add_all(key, e.refs);
    }
}

}  // namespace pgfleet
