#pragma once
// Date and time literals compared by the instant they denote: '2024-01-01' in a view over a
// timestamptz column is stored as '2024-01-01 00:00:00+00'::timestamp with time zone.
#include <optional>
#include <string>

namespace pgfleet {

enum class DatetimeKind {
    Date,         // the date part only
    Timestamp,    // a zone in the text is ignored, as timestamp input ignores it
    TimestampTz,  // a zone in the text is applied; text without one is read in UTC
};

// "YYYY-MM-DD", or "YYYY-MM-DD HH:MM:SS[.fraction]" when the time is not midnight, for ISO
// input with an optional time and zone (the form the server prints). Reading times without a
// zone in UTC matches how pgfleet's sessions read and write (TimeZone UTC). nullopt for
// anything else ('now', 'infinity', month names), which is then compared as written.
std::optional<std::string> normalize_datetime(const std::string& text, DatetimeKind kind);

}  // namespace pgfleet
