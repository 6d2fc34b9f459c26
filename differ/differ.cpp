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
    return set;
}

}  // namespace pgfleet
