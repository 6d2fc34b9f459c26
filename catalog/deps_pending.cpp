// Dependencies of kinds not read into catalogs yet (see differ/diff_pending.cpp).
#include "catalog/dependencies.h"

namespace pgfleet {

void add_domain_dependencies(const Catalog&, DependencyGraph&) {}
void add_composite_type_dependencies(const Catalog&, DependencyGraph&) {}
void add_range_type_dependencies(const Catalog&, DependencyGraph&) {}
void add_aggregate_dependencies(const Catalog&, DependencyGraph&) {}
void add_rule_dependencies(const Catalog&, DependencyGraph&) {}
void add_collation_dependencies(const Catalog&, DependencyGraph&) {}
void add_event_trigger_dependencies(const Catalog&, DependencyGraph&) {}
void add_publication_dependencies(const Catalog&, DependencyGraph&) {}
void add_foreign_data_dependencies(const Catalog&, DependencyGraph&) {}
void add_default_privilege_dependencies(const Catalog&, DependencyGraph&) {}

}  // namespace pgfleet
