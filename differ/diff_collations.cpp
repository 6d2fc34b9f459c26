// Collations: nothing of their definition can change in place.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_collations(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_replaceable(from.collations, to.collations, collation_key, out);
}

}  // namespace pgfleet
