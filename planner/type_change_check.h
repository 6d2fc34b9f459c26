#pragma once
// Column type changes PostgreSQL has no cast for (bigint to timestamp): the plan would write
// `USING column::type` and fail when applied, so they are refused while planning.
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace pgfleet {

struct UncastableTypeChange {
    ObjectKey column;
    std::string from_type, to_type;
};

std::vector<UncastableTypeChange> uncastable_type_changes(const Catalog& from, const Catalog& to);

}  // namespace pgfleet
