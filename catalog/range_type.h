#pragma once
// A range type (CREATE TYPE ... AS RANGE).
#include <string>

#include <nlohmann/json.hpp>

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

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RangeType, name, subtype, subtype_opclass, collation, canonical,
                                                subtype_diff, multirange, owner, comment, privileges)

}  // namespace pgfleet
