#pragma once
// Documented, stable exit codes (see README).
namespace pgfleet::exit_code {
constexpr int kOk = 0;        // nothing to do / success
constexpr int kError = 1;     // bad input, connection or server error
constexpr int kChanges = 2;   // plan has changes, or drift found
constexpr int kRefused = 3;   // apply refused (database changed since planning, hazard not allowed)
}  // namespace pgfleet::exit_code
