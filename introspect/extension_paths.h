#pragma once
// Whether the server can take an installed extension to the version the desired state names.
// ALTER EXTENSION ... UPDATE TO follows the update scripts the server ships; a downgrade, or
// a version it does not ship, has none, and would only fail when the plan runs.
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "introspect/session.h"

namespace pgfleet {

struct UnreachableVersion {
    std::string extension;
    std::string installed;
    std::string wanted;
};

// Extensions whose named version differs from the installed one (no query when none does).
std::vector<const Extension*> extensions_changing_version(const Catalog& current, const Catalog& desired);

// Of those, the ones the server has no update path for.
std::vector<UnreachableVersion> unreachable_extension_versions(Session& session, const Catalog& current,
                                                               const Catalog& desired);

}  // namespace pgfleet
