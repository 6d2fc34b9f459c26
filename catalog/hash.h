#pragma once
// SHA-256 for fingerprints and for keeping secrets out of snapshots.
#include <string>

namespace pgfleet {

// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(const std::string& data);

// Lower-case hex of PBKDF2-HMAC-SHA256(password, salt, iterations), 32 bytes.
std::string pbkdf2_sha256_hex(const std::string& password, const std::string& salt, int iterations);

}  // namespace pgfleet
