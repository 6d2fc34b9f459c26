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

    // Records that `from` needs `to` (used by the per-kind dependency functions).
    void add(const ObjectKey& from, const ObjectKey& to);
    void add_all(const ObjectKey& from, const std::vector<ObjectKey>& to);
    // `from` needs the type a type text names ("public.mood[]"), when it is user-defined.
    void add_type(const ObjectKey& from, const std::string& type_sql);

private:
    std::map<ObjectKey, std::vector<ObjectKey>> needs_;
    std::map<ObjectKey, std::vector<ObjectKey>> needed_by_;
};

// Per-kind dependency functions, one file each (deps_<kind>.cpp); the graph runs them all.
void add_domain_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_composite_type_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_range_type_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_view_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_function_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_aggregate_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_trigger_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_policy_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_rule_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_collation_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_event_trigger_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_publication_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_foreign_data_dependencies(const Catalog& catalog, DependencyGraph& graph);
void add_default_privilege_dependencies(const Catalog& catalog, DependencyGraph& graph);

// `from` needs the user collation a model collation text names ("public.german"); built-in
// collations add nothing.
void add_collation_use(DependencyGraph& graph, const ObjectKey& from, const std::string& collation);

// Objects that disappear together with `key` when it is dropped: a table's columns,
// constraints and indexes, the sequences it owns.
std::vector<ObjectKey> contained_objects(const Catalog& catalog, const ObjectKey& key);

// The user-defined type a column type names ("public.mood[]" -> public.mood); none for built-ins.
std::optional<QualifiedName> referenced_type(const std::string& type_sql);

// Splits "a.\"B c\"" into its identifiers, unquoting; stops at the first character that
// cannot continue a name ("(" or "[").
std::vector<std::string> split_qualified_name(const std::string& text);

}  // namespace pgfleet
