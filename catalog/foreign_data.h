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

// "name=value" with the value of a secret option replaced by a slow salted hash,
// "pbkdf2-sha256:<iterations>:<salt hex>:<hash hex>", so a snapshot or plan that leaks does
// not give the secret away to a dictionary attack cheaply. The salt is made from the option
// name, not drawn at random: equal catalogs must give equal fingerprints in every tenant and
// every run (one plan per fingerprint), so equal values under one option name hash alike.
std::string protect_option(const std::string& name_value);

// A value protect_option wrote (or an older snapshot's "sha256:<hex>").
bool is_protected_value(const std::string& value);

}  // namespace pgfleet
