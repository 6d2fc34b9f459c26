#pragma once
// How PostgreSQL makes and cuts the names it invents (makeObjectName, truncate_identifier):
// shared by the parser, which reproduces implicit names, and the model, which tells a name
// PostgreSQL would choose from one a user gave.
#include <cstddef>
#include <string>

namespace pgfleet {

constexpr size_t kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1

// Length of the longest prefix of at most `limit` bytes that ends on a UTF-8 character boundary.
size_t identifier_prefix(const std::string& name, size_t limit);

// Cuts a name to 63 bytes without splitting a UTF-8 character.
std::string truncate_identifier(const std::string& name);

// name1_name2_label, shortening name1/name2 (longer first) to fit 63 bytes.
std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label);

}  // namespace pgfleet
