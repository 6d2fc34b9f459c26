#pragma once
// Money literals compared by value: '1.999', '$1,234.5' and the server's '$2.00' style.
#include <optional>
#include <string>

namespace pgfleet {

// The amount in cents as "-?D.DD", rounded the way money input rounds (half away from
// zero at the third decimal), or nullopt when the text is not a plain amount.
std::optional<std::string> normalize_money(const std::string& text);

}  // namespace pgfleet
