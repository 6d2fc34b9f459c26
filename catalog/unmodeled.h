#pragma once
// An object found in a database (or a statement in a file) that the model does not represent.
#include <string>

#include <nlohmann/json.hpp>

namespace pgfleet {

// Reported by plan and dump, never silently ignored.
struct UnmodeledObject {
    std::string kind;
    std::string name;
    bool operator==(const UnmodeledObject&) const = default;
    auto operator<=>(const UnmodeledObject&) const = default;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(UnmodeledObject, kind, name)

}  // namespace pgfleet
