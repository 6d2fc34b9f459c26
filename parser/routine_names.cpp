#include "parser/routine_names.h"

namespace pgfleet {

QualifiedName resolve_routine(const NameScope& scope, const std::vector<std::string>& names, UnknownRoutine unknown) {
    if (names.empty()) return {};
    if (names.size() >= 2) return {names[names.size() - 2], names.back()};
    auto found = scope.resolve(names, [&](const QualifiedName& n) { return scope.catalog().has_routine_named(n); });
    if (found) return *found;
    std::optional<std::string> schema;
    if (unknown == UnknownRoutine::CreationSchema) schema = scope.creation_schema();
    if (unknown == UnknownRoutine::ExtensionSchema) schema = scope.extension_schema_guess();
    return {schema.value_or("pg_catalog"), names.back()};
}

}  // namespace pgfleet
