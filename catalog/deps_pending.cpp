// Dependencies of kinds not read into catalogs yet (see differ/diff_pending.cpp).
#include "catalog/dependencies.h"

namespace pgfleet {

void add_view_dependencies(const Catalog&, DependencyGraph&) {}
void add_function_dependencies(const Catalog&, DependencyGraph&) {}
void add_trigger_dependencies(const Catalog&, DependencyGraph&) {}
void add_policy_dependencies(const Catalog&, DependencyGraph&) {}
void add_default_privilege_dependencies(const Catalog&, DependencyGraph&) {}

}  // namespace pgfleet
