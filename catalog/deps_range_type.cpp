// Range types need their schema, subtype, collation and support functions.
#include "catalog/routine_ref.h"
#include "catalog/sql_name.h"

namespace pgfleet {

void add_range_type_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, r] : c.range_types) {
        ObjectKey key = type_key(name);
        graph.add(key, schema_key(name.schema));
        if (r.multirange.schema != name.schema) graph.add(key, schema_key(r.multirange.schema));
        graph.add_type(key, r.subtype);
        add_collation_use(graph, key, r.collation);
        add_routine_dependency(c, graph, key, routine_from_text(r.subtype_diff), r.subtype + ", " + r.subtype);
        // The canonical function takes the range type itself (created as a shell first).
        add_routine_dependency(c, graph, key, routine_from_text(r.canonical), sql_qualified(name.schema, name.name));
        // What stores the multirange stores the range's values too: it goes when the range goes.
        for (const auto& [tname, t] : c.tables)
            for (const auto& col : t.columns)
                if (referenced_type(col.type) == r.multirange) graph.add(column_key(tname, col.name), key);
    }
}

}  // namespace pgfleet
