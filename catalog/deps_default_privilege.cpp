// Default privileges for one schema need that schema; global entries need nothing.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_default_privilege_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [key, dp] : c.default_privileges)
        if (!dp.schema.empty()) graph.add(key, schema_key(dp.schema));
}

}  // namespace pgfleet
