#pragma once
// Decodes libpg_query's protobuf parse output into the JSON tree shape pgfleet works on.
// (libpg_query 15's own JSON output drops negative Integer values, e.g. DEFAULT -1.)
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

// Trees nested deeper than this many expression levels are refused (TooDeep): the server reads
// them, but walking them recursively would overflow the stack.
constexpr int kMaxExpressionDepth = 1000;

struct TooDeep : std::runtime_error {
    TooDeep()
        : std::runtime_error("nested too deeply: more than " + std::to_string(kMaxExpressionDepth) +
                             " levels of expressions") {}
};

// A pg_query.ParseResult message -> {"version":..., "stmts":[{"stmt":{...}, ...}]}.
nlohmann::json decode_parse_result(const uint8_t* data, size_t size);

}  // namespace pgfleet::pgast
