#pragma once
// Where a name is taken inside tables: constraint names (primary key, unique and exclusion
// constraints own an index of that name) and identity sequences live in the table model, so
// without an index every "is this name free?" walks every table of the schema, and a file of
// n tables parses in n^2. PostgreSQL answers the same question from a catalog index.
//
// The index only ever adds (the interpreter re-reads the tables a statement may have touched,
// or everything after a statement it cannot bound); every hit is checked against the catalog,
// so names dropped or renamed away since are never reported.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "catalog/object_key.h"

namespace pgfleet {

struct Catalog;
struct Table;

class RelationNameIndex {
public:
    void rebuild(const Catalog& catalog);
    // Adds the names `table` holds now, and those of its partitions and children.
    void reread_table(const Catalog& catalog, const QualifiedName& table);

    // A table of `schema` has a constraint of that name (`owning_index`: one that owns an index).
    bool has_constraint(const Catalog& catalog, const std::string& schema, const std::string& name,
                        bool owning_index) const;
    bool is_identity_sequence(const Catalog& catalog, const QualifiedName& sequence) const;

private:
    void add_table(const QualifiedName& name, const Table& table);

    std::map<std::pair<std::string, std::string>, std::set<QualifiedName>> constraints_;
    std::map<QualifiedName, std::set<QualifiedName>> identity_sequences_;
    std::map<QualifiedName, std::set<QualifiedName>> children_;  // partitions and inheritors
};

// The catalog's handle on an index: copies of a catalog start without one (a copy may be
// changed by code that does not keep it up to date), and it never counts in comparisons.
struct RelationNameCache {
    std::shared_ptr<RelationNameIndex> index;
    RelationNameCache() = default;
    RelationNameCache(const RelationNameCache&) {}
    RelationNameCache& operator=(const RelationNameCache&) {
        index.reset();
        return *this;
    }
    RelationNameCache(RelationNameCache&&) noexcept = default;
    RelationNameCache& operator=(RelationNameCache&&) noexcept = default;
    bool operator==(const RelationNameCache&) const { return true; }
};

}  // namespace pgfleet
