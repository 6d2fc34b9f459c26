// Foreign data: wrappers need their handler and validator functions, servers their wrapper,
// user mappings and foreign tables their server.
#include "catalog/routine_ref.h"

namespace pgfleet {

void add_foreign_data_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [name, w] : c.foreign_data_wrappers) {
        add_routine_dependency(c, graph, fdw_key(name), w.handler, "");
        add_routine_dependency(c, graph, fdw_key(name), w.validator, "text[], oid");
    }
    for (const auto& [name, s] : c.foreign_servers)
        if (c.foreign_data_wrappers.count(s.wrapper)) graph.add(server_key(name), fdw_key(s.wrapper));
    for (const auto& [key, m] : c.user_mappings) graph.add(key, server_key(m.server));
    for (const auto& [name, t] : c.tables)
        if (t.foreign) graph.add(table_key(name), server_key(t.foreign->server));
}

}  // namespace pgfleet
