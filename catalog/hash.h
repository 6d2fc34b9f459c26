#pragma once
// SHA-256 for fingerprints and for keeping secrets out of snapshots.
#include <string>

namespace pgfleet {

// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(const std::string& data);

}  // namespace pgfleet
