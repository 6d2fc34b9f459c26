#pragma once
// A table column.
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"
#include "catalog/privilege.h"
#include "catalog/sequence.h"

namespace pgfleet {

// GENERATED ALWAYS|BY DEFAULT AS IDENTITY with its implicit sequence.
struct Identity {
    bool always = true;
    QualifiedName sequence;
    SequenceOptions options;
    bool operator==(const Identity&) const = default;
};

// `type` is canonical SQL (format_type style: "character varying(20)", "public.mood[]").
// `collation` is empty for the type's default collation, else qualified ("pg_catalog.\"C\"").
struct Column {
    std::string name;
    std::string type;
    std::string collation;
    bool not_null = false;
    // PostgreSQL 18's name for the NOT NULL constraint; empty for the default name
    // (catalog/not_null_name.h) and before 18, where such constraints have no names.
    std::string not_null_name;
    std::optional<Expr> default_value;
    std::optional<Identity> identity;
    std::optional<Expr> generated;
    // PostgreSQL 18: computed when read rather than stored (only with `generated`).
    bool generated_virtual = false;
    std::string comment;
    Privileges privileges;
    // Declared by this table (false for columns that only come from a parent or partition root).
    bool local = true;
    // ALTER COLUMN SET (n_distinct=...) as "name=value", and SET STATISTICS (-1: the default).
    std::vector<std::string> options;
    int statistics = -1;
    // SET STORAGE ("plain", "external", "main", "extended") and SET COMPRESSION ("pglz",
    // "lz4"); empty where the column has what its type gives.
    std::string storage;
    std::string compression;
    bool operator==(const Column&) const = default;
};

}  // namespace pgfleet
