#pragma once
// An object found in a database (or a statement in a file) that the model does not represent.
#include <string>

namespace pgfleet {

// Reported by plan and dump, never silently ignored.
struct UnmodeledObject {
    std::string kind;
    std::string name;
    bool operator==(const UnmodeledObject&) const = default;
    auto operator<=>(const UnmodeledObject&) const = default;
};

}  // namespace pgfleet
