#pragma once
// ASCII case folding for SQL keywords and option names (identifiers are folded by the parser).
#include <cctype>
#include <string>

namespace pgfleet {

inline std::string ascii_lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

inline std::string ascii_upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace pgfleet
