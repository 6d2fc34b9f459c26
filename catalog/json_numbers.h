#pragma once
// pgfleet's JSON documents hold whole numbers, and fractions only as routine costs and row
// estimates. Reading a huge fraction into a whole-number field is undefined behaviour in the
// JSON library, so a document (edited by hand, or hostile) is checked first.
#include <nlohmann/json.hpp>

namespace pgfleet {

// Throws std::runtime_error naming the first number (by its JSON pointer) that is a fraction
// outside the range of a 32-bit integer anywhere but under "cost" or "rows".
void check_json_numbers(const nlohmann::json& document);

}  // namespace pgfleet
