#pragma once
// A namespace (CREATE SCHEMA).
#include <string>

#include "catalog/privilege.h"

namespace pgfleet {

struct Schema {
    std::string name;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const Schema&) const = default;
};

}  // namespace pgfleet
