#pragma once
// The catalog model: every object of one database, as plain values in sorted maps.
#include <map>
#include <string>
#include <vector>

#include "catalog/enum_type.h"
#include "catalog/extension.h"
#include "catalog/index.h"
#include "catalog/schema.h"
#include "catalog/sequence.h"
#include "catalog/table.h"
#include "catalog/unmodeled.h"

namespace pgfleet {

// Sorted maps keep every walk over the model deterministic, so output never depends on
// insertion or hash order.
struct Catalog {
    std::map<std::string, Schema> schemas;
    std::map<std::string, Extension> extensions;
    std::map<QualifiedName, EnumType> enums;
    std::map<QualifiedName, Sequence> sequences;
    std::map<QualifiedName, Table> tables;
    std::map<QualifiedName, Index> indexes;
    std::vector<UnmodeledObject> unmodeled;

    // True when a relation (table, sequence, index) of that name exists: they share a namespace.
    bool has_relation(const QualifiedName& name) const;
    // True when a type of that name exists (enums, and the row types of tables).
    bool has_type(const QualifiedName& name) const;
    // True when the key names an object of this catalog.
    bool contains(const ObjectKey& key) const;
    // Indexes of a table, in name order.
    std::vector<const Index*> indexes_of(const QualifiedName& table) const;
};

}  // namespace pgfleet
