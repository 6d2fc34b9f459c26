#pragma once
// Interval literals the way the server prints them ('1 YEAR' -> '1 year', '90 minutes' -> '01:30:00').
#include <optional>
#include <string>

namespace pgfleet {

// The server's output (IntervalStyle postgres) for an interval input, or nullopt when the
// text is not a form this understands. `fields` is the type's field qualifier ("year",
// "day to second", "" for none): a bare number is in its last unit and smaller units drop.
std::optional<std::string> normalize_interval(const std::string& text, const std::string& fields);

}  // namespace pgfleet
