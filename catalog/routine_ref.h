#pragma once
// Routines other objects name (aggregate support functions, range functions, FDW handlers,
// event trigger functions). Built-in routines are kept bare ("int4pl"), others qualified
// ("public.f"), the way the server prints a regproc with search_path = pg_catalog.
#include <string>

#include "catalog/dependencies.h"

namespace pgfleet {

std::string routine_text(const QualifiedName& routine);
QualifiedName routine_from_text(const std::string& text);

// Records that `from` needs a user routine: the overload with these identity arguments when
// the catalog has it, else every overload of that name, else the expected key. Built-in
// routines add nothing.
void add_routine_dependency(const Catalog& catalog, DependencyGraph& graph, const ObjectKey& from,
                            const QualifiedName& routine, const std::string& identity_arguments);

}  // namespace pgfleet
