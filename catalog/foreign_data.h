#pragma once
// Foreign data wrappers, foreign servers and user mappings. Options that may carry secrets
// are kept only as a hash (see secret_option), so snapshots and output never hold them.
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

// Options as "name=value" in the order declared.
struct ForeignDataWrapper {
    std::string name;
    QualifiedName handler;
    QualifiedName validator;
    std::vector<std::string> options;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const ForeignDataWrapper&) const = default;
};

struct ForeignServer {
    std::string name;
    std::string wrapper;
    std::string type;
    std::string version;
    std::vector<std::string> options;
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const ForeignServer&) const = default;
};

// `user` is a role name or "PUBLIC".
struct UserMapping {
    std::string user;
    std::string server;
    std::vector<std::string> options;
    bool operator==(const UserMapping&) const = default;
};

// True for option names that hold credentials (password, secret, token, key, ...).
bool is_secret_option(const std::string& name);

// "name=value" with the value of a secret option replaced by "sha256:<hex>".
std::string protect_option(const std::string& name_value);

}  // namespace pgfleet
