#pragma once
// Encodes a libpg_query JSON tree as the protobuf message libpg_query's deparser reads.
#include <string>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

// Encodes `{"version":..., "stmts":[...]}` as a pg_query.ParseResult message.
std::string encode_parse_result(const nlohmann::json& parse_result);

}  // namespace pgfleet::pgast
