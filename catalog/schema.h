#pragma once
// A namespace (CREATE SCHEMA).
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/privilege.h"

namespace pgfleet {

struct Schema {
    std::string name;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const Schema&) const = default;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Schema, name, owner, comment, privileges)

}  // namespace pgfleet
