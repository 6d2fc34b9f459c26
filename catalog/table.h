#pragma once
// A table (ordinary, partitioned, partition, or foreign) with its columns and constraints.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalog/column.h"
#include "catalog/constraint.h"
#include "catalog/index.h"
#include "catalog/privilege.h"

namespace pgfleet {

// PARTITION BY strategy (range/list/hash) over key columns or expressions.
struct PartitionKey {
    std::string strategy;
    std::vector<IndexElement> elements;
    bool operator==(const PartitionKey&) const = default;
};

// PARTITION OF parent with its bound ("FOR VALUES ..." or "DEFAULT").
struct PartitionOf {
    QualifiedName parent;
    Expr bound;
    bool operator==(const PartitionOf&) const = default;
};

// SERVER and OPTIONS of a foreign table; `column_options` holds each column's OPTIONS
// (only columns that have some), as "name=value" in the order declared.
struct ForeignTableInfo {
    std::string server;
    std::vector<std::string> options;
    std::map<std::string, std::vector<std::string>> column_options;
    bool operator==(const ForeignTableInfo&) const = default;
};

// Columns keep declaration order (used when creating); constraints are kept sorted by name.
// `persistence` is pg_class.relpersistence: "p" permanent, "u" unlogged.
// `replica_identity`: "d" default, "f" full, "n" nothing, "i" index (`replica_identity_index`).
struct Table {
    QualifiedName name;
    std::vector<Column> columns;
    std::vector<Constraint> constraints;
    std::string persistence = "p";
    std::vector<std::string> options;
    std::optional<PartitionKey> partition_by;
    std::optional<PartitionOf> partition_of;
    std::vector<QualifiedName> inherits;
    std::optional<ForeignTableInfo> foreign;
    // CREATE TABLE ... OF type: the composite type whose attributes are the columns.
    std::optional<QualifiedName> of_type;
    bool rls_enabled = false;
    bool rls_forced = false;
    std::string replica_identity = "d";
    std::string replica_identity_index;
    // CLUSTER ON: the index CLUSTER uses for this table by default ("" for none).
    std::string clustered_index;
    std::string owner;
    std::string comment;
    Privileges privileges;

    const Column* find_column(const std::string& column) const;
    Column* find_column(const std::string& column);
    const Constraint* find_constraint(const std::string& constraint) const;
    Constraint* find_constraint(const std::string& constraint);
};

}  // namespace pgfleet
