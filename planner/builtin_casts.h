#pragma once
// Which built-in types PostgreSQL can cast to which, for a type change the plan writes as
// `USING column::type`: a change with no cast is refused when planned, not when applied.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pgfleet {

// (source, target) pairs, as format_type prints them, unmodified.
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_casts();

// False only when both are built-in types PostgreSQL has no cast between (bigint to
// timestamp); true for user-defined types and domains, which the catalog alone cannot judge.
bool can_cast(const std::string& from_type, const std::string& to_type);

}  // namespace pgfleet
