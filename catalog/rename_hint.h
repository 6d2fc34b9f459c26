#pragma once
// A name an object of the desired state had before (`-- pgfleet:renamed-from OLD`, or
// sqldef's `@renamed from=OLD`): where the database still has OLD, the plan renames it rather
// than dropping it and creating it anew, which would lose its data.
#include <string>

#include "catalog/object_key.h"

namespace pgfleet {

struct RenameHint {
    ObjectKey object;  // as the desired state names it
    std::string from;  // the old name (same schema; for a column or constraint, same table)
    bool operator==(const RenameHint&) const = default;
};

}  // namespace pgfleet
