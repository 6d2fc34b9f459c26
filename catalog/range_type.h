#pragma once
// A range type (CREATE TYPE ... AS RANGE).
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

// Functions are qualified names; empty strings mean the server's defaults.
struct RangeType {
    QualifiedName name;
    std::string subtype;
    std::string subtype_opclass;
    std::string collation;
    std::string canonical;
    std::string subtype_diff;
    std::string multirange_name;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const RangeType&) const = default;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RangeType, name, subtype, subtype_opclass, collation, canonical,
                                                subtype_diff, multirange_name, owner, comment, privileges)

}  // namespace pgfleet
