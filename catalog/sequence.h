#pragma once
// A sequence (CREATE SEQUENCE, serial columns, identity columns).
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

// Sequence parameters with PostgreSQL's defaults made explicit, so both sides compare equal.
struct SequenceOptions {
    std::string type = "bigint";
    int64_t start = 1;
    int64_t increment = 1;
    int64_t min_value = 1;
    int64_t max_value = std::numeric_limits<int64_t>::max();
    int64_t cache = 1;
    bool cycle = false;
    bool operator==(const SequenceOptions&) const = default;
};

// OWNED BY table.column: the sequence is dropped with the column.
struct SequenceOwner {
    QualifiedName table;
    std::string column;
    bool operator==(const SequenceOwner&) const = default;
};

struct Sequence {
    QualifiedName name;
    SequenceOptions options;
    std::optional<SequenceOwner> owned_by;
    bool unlogged = false;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const Sequence&) const = default;
};

// PostgreSQL's defaults for a sequence of `type` ("smallint", "integer", "bigint") going up or down.
SequenceOptions default_sequence_options(const std::string& type, int64_t increment);

}  // namespace pgfleet
