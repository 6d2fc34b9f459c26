#pragma once
// Operator classes PostgreSQL uses when an index names none; the server never prints them.
#include <string>

namespace pgfleet {

// True when `opclass` is the default operator class of some type for access method `method`.
bool is_default_opclass(const std::string& method, const std::string& opclass);

}  // namespace pgfleet
