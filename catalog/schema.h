#pragma once
// A namespace (CREATE SCHEMA).
#include <string>

#include <nlohmann/json.hpp>

namespace pgfleet {

struct Schema {
    std::string name;
    std::string owner;
    std::string comment;
    bool operator==(const Schema&) const = default;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Schema, name, owner, comment)

}  // namespace pgfleet
