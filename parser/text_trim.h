#pragma once
// Whitespace cut from both ends of a text (comment directives, literals as a type reads them).
#include <cctype>
#include <string>

namespace pgfleet {

inline std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

}  // namespace pgfleet
