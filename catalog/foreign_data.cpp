#include "catalog/foreign_data.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

#include "catalog/hash.h"

namespace pgfleet {

bool is_secret_option(const std::string& name) {
    std::string n;
    for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"password", "passwd", "secret", "token", "key", "credential", "passfile"})
        if (n.find(word) != std::string::npos) return true;
    return false;
}

namespace {

constexpr int kIterations = 100000;
constexpr const char* kPrefix = "pbkdf2-sha256:";

// The slow part, once per (name, value) in a process: a fleet reads the same mapping in
// every tenant.
std::string slow_hash(const std::string& name, const std::string& value) {
    static std::mutex mutex;
    static std::map<std::string, std::string> done;
    std::string salt = sha256_hex("pgfleet secret option\n" + name).substr(0, 32);
    std::string memo = sha256_hex(salt + "\n" + value);
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = done.find(memo); it != done.end()) return it->second;
    }
    std::string hashed = std::string(kPrefix) + std::to_string(kIterations) + ":" + salt + ":" +
                         pbkdf2_sha256_hex(value, salt, kIterations);
    std::lock_guard<std::mutex> lock(mutex);
    done[memo] = hashed;
    return hashed;
}

}  // namespace

bool is_protected_value(const std::string& value) {
    return value.rfind(kPrefix, 0) == 0 || value.rfind("sha256:", 0) == 0;
}

std::string protect_option(const std::string& name_value) {
    auto eq = name_value.find('=');
    std::string name = name_value.substr(0, eq);
    if (eq == std::string::npos || !is_secret_option(name)) return name_value;
    std::string value = name_value.substr(eq + 1);
    if (is_protected_value(value)) return name_value;
    return name + "=" + slow_hash(name, value);
}

}  // namespace pgfleet
