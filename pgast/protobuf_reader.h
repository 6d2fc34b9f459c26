#pragma once
// Decodes libpg_query's protobuf parse output into the JSON tree shape pgfleet works on.
// (libpg_query 15's own JSON output drops negative Integer values, e.g. DEFAULT -1.)
#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

// A pg_query.ParseResult message -> {"version":..., "stmts":[{"stmt":{...}, ...}]}.
nlohmann::json decode_parse_result(const uint8_t* data, size_t size);

}  // namespace pgfleet::pgast
