#pragma once
// A range type (CREATE TYPE ... AS RANGE).
#include <string>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

// `canonical` and `subtype_diff` are routine names as the model keeps them (see
// routine_text: built-ins bare, others qualified); empty strings mean none. `subtype_opclass`
// is empty for the subtype's default btree class, `collation` empty for the subtype's own.
// `multirange` is the multirange type PostgreSQL creates along with the range.
struct RangeType {
    QualifiedName name;
    std::string subtype;
    std::string subtype_opclass;
    std::string collation;
    std::string canonical;
    std::string subtype_diff;
    QualifiedName multirange;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const RangeType&) const = default;
};

}  // namespace pgfleet
