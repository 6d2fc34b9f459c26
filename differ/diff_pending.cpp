// Kinds whose differ is not written yet: their objects are not read into catalogs yet either
// (the parser reports them as unsupported, introspection as unmodeled), so nothing reaches here.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_domains(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_composite_types(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_range_types(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_aggregates(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_rules(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_collations(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_event_triggers(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_publications(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}
void diff_foreign_data(const Catalog&, const Catalog&, const DiffOptions&, std::vector<Change>&) {}

}  // namespace pgfleet
