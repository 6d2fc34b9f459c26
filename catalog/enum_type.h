#pragma once
// An enum type (CREATE TYPE ... AS ENUM).
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

struct EnumType {
    QualifiedName name;
    std::vector<std::string> labels;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const EnumType&) const = default;
};

}  // namespace pgfleet
