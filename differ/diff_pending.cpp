// Kinds whose differ is not written yet: their objects are not read into catalogs yet either
// (the parser reports them as unsupported, introspection as unmodeled), so nothing reaches here.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_views(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_functions(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_triggers(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_policies(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_default_privileges(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}

}  // namespace pgfleet
