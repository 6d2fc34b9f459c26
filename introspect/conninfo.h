#pragma once
// Connection strings as keyword/value pairs (libpq's own parser), so a cluster URL can be
// pointed at another database or given a password without string surgery.
#include <map>
#include <string>

namespace pgfleet {

using ConnParams = std::map<std::string, std::string>;

// Parses a libpq URL or keyword string. Throws std::runtime_error (never echoing a password).
ConnParams parse_conninfo(const std::string& conninfo);

// A keyword string with every value quoted, in key order.
std::string format_conninfo(const ConnParams& params);

// The connection string with these keywords set (replacing what it had).
std::string conninfo_with(const std::string& conninfo, const ConnParams& overrides);

}  // namespace pgfleet
