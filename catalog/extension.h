#pragma once
// An installed extension (CREATE EXTENSION).
#include <string>

namespace pgfleet {

// `version` empty means "whatever the server installs by default"; the differ only compares
// versions the desired state names.
struct Extension {
    std::string name;
    std::string schema;
    std::string version;
    std::string comment;
    bool operator==(const Extension&) const = default;
};

}  // namespace pgfleet
