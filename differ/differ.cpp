#include "differ/differ.h"

#include "differ/kind_differs.h"

namespace pgfleet {

ChangeSet diff_catalogs(const Catalog& current, const Catalog& desired, const DiffOptions& options) {
    ChangeSet set;
    diff_schemas(current, desired, options, set.changes);
    diff_extensions(current, desired, options, set.changes);
    diff_enums(current, desired, options, set.changes);
    diff_sequences(current, desired, options, set.changes);
    diff_tables(current, desired, options, set.changes);
    diff_indexes(current, desired, options, set.changes);
    diff_domains(current, desired, options, set.changes);
    diff_composite_types(current, desired, options, set.changes);
    diff_range_types(current, desired, options, set.changes);
    diff_views(current, desired, options, set.changes);
    diff_functions(current, desired, options, set.changes);
    diff_aggregates(current, desired, options, set.changes);
    diff_triggers(current, desired, options, set.changes);
    diff_policies(current, desired, options, set.changes);
    diff_rules(current, desired, options, set.changes);
    diff_collations(current, desired, options, set.changes);
    diff_event_triggers(current, desired, options, set.changes);
    diff_publications(current, desired, options, set.changes);
    diff_foreign_data(current, desired, options, set.changes);
    diff_default_privileges(current, desired, options, set.changes);
    return set;
}

}  // namespace pgfleet
