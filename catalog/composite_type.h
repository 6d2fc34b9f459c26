#pragma once
// A composite type (CREATE TYPE ... AS (...)).
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

struct CompositeAttribute {
    std::string name;
    std::string type;
    std::string collation;
    std::string comment;
    bool operator==(const CompositeAttribute&) const = default;
};

struct CompositeType {
    QualifiedName name;
    std::vector<CompositeAttribute> attributes;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const CompositeType&) const = default;
};

}  // namespace pgfleet
