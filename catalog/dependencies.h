#pragma once
// Which objects each object needs, derived from the model alone (so snapshots work too).
#include <map>
#include <optional>
#include <vector>

#include "catalog/catalog.h"

namespace pgfleet {

// Edges "object -> objects it needs" and the reverse, over every object of a catalog.
class DependencyGraph {
public:
    explicit DependencyGraph(const Catalog& catalog);
    // Objects `key` needs (its schema, types, referenced tables, sequences...).
    const std::vector<ObjectKey>& dependencies_of(const ObjectKey& key) const;
    // Objects that need `key`.
    const std::vector<ObjectKey>& dependents_of(const ObjectKey& key) const;

private:
    void add(const ObjectKey& from, const ObjectKey& to);
    std::map<ObjectKey, std::vector<ObjectKey>> needs_;
    std::map<ObjectKey, std::vector<ObjectKey>> needed_by_;
};

// Objects that disappear together with `key` when it is dropped: a table's columns,
// constraints and indexes, the sequences it owns.
std::vector<ObjectKey> contained_objects(const Catalog& catalog, const ObjectKey& key);

// The user-defined type a column type names ("public.mood[]" -> public.mood); none for built-ins.
std::optional<QualifiedName> referenced_type(const std::string& type_sql);

// Splits "a.\"B c\"" into its identifiers, unquoting; stops at the first character that
// cannot continue a name ("(" or "[").
std::vector<std::string> split_qualified_name(const std::string& text);

}  // namespace pgfleet
