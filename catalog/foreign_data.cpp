#include "catalog/foreign_data.h"

#include <algorithm>
#include <cctype>

#include "catalog/hash.h"

namespace pgfleet {

bool is_secret_option(const std::string& name) {
    std::string n;
    for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"password", "passwd", "secret", "token", "key", "credential", "passfile"})
        if (n.find(word) != std::string::npos) return true;
    return false;
}

std::string protect_option(const std::string& name_value) {
    auto eq = name_value.find('=');
    std::string name = name_value.substr(0, eq);
    if (eq == std::string::npos || !is_secret_option(name)) return name_value;
    std::string value = name_value.substr(eq + 1);
    if (value.rfind("sha256:", 0) == 0) return name_value;
    return name + "=sha256:" + sha256_hex(value);
}

}  // namespace pgfleet
