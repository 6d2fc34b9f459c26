#pragma once
// Name resolution the way PostgreSQL does it: qualified names as given, unqualified ones
// through the search_path (pg_catalog first for types).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace pgfleet {

class NameScope {
public:
    NameScope(const Catalog& catalog, const std::vector<std::string>& search_path, bool server_printed = false)
        : catalog_(catalog), search_path_(search_path), server_printed_(server_printed) {}

    const Catalog& catalog() const { return catalog_; }
    // True when the text read is the server's own printing of what it stores (pg_get_expr and
    // the like), not text the server has yet to parse: a few forms mean different things then.
    bool server_printed() const { return server_printed_; }
    const std::vector<std::string>& search_path() const { return search_path_; }

    // The schema unqualified new objects go into: the first search_path schema that exists.
    std::optional<std::string> creation_schema() const;

    // Resolves [catalog.][schema.]name among names for which `exists` holds.
    std::optional<QualifiedName> resolve(const std::vector<std::string>& names,
                                         const std::function<bool(const QualifiedName&)>& exists) const;

    std::optional<QualifiedName> find_table(const std::vector<std::string>& names) const;
    std::optional<QualifiedName> find_relation(const std::vector<std::string>& names) const;
    std::optional<QualifiedName> find_sequence(const std::vector<std::string>& names) const;
    std::optional<QualifiedName> find_index(const std::vector<std::string>& names) const;
    std::optional<QualifiedName> find_type(const std::vector<std::string>& names) const;

    // The schema an extension-provided name most likely lives in: the first search_path
    // schema holding an extension, else the creation schema.
    std::optional<std::string> extension_schema_guess() const;

private:
    const Catalog& catalog_;
    const std::vector<std::string>& search_path_;
    bool server_printed_;
};

// True for the types of pg_catalog (PostgreSQL 15), by internal name ("int4", "text").
bool is_builtin_type(const std::string& name);

}  // namespace pgfleet
