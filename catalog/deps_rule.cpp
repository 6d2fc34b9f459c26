// Rules need the table or view they are on and whatever their actions use.
#include "catalog/dependencies.h"

namespace pgfleet {

void add_rule_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [key, rule] : c.rules) {
        graph.add(key, c.views.count(rule.table) ? view_key(rule.table) : table_key(rule.table));
        graph.add_all(key, rule.definition.refs);
    }
}

}  // namespace pgfleet
