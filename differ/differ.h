#pragma once
// (current catalog, desired catalog) -> ChangeSet.
#include <string>

#include "catalog/catalog.h"
#include "differ/change.h"

namespace pgfleet {

ChangeSet diff_catalogs(const Catalog& current, const Catalog& desired, const DiffOptions& options = {});

// One line per change for people: "alter column public.users.email: type character varying(80) -> text".
std::string describe_change(const Change& change, const Catalog& current, const Catalog& desired);

}  // namespace pgfleet
