#include "parser/money_literal.h"

#include <cctype>

namespace pgfleet {

std::optional<std::string> normalize_money(const std::string& text) {
    size_t i = 0;
    auto skip_spaces = [&] {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    };
    skip_spaces();
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    if (i < text.size() && text[i] == '$') ++i;
    std::string whole, fraction;
    bool point = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (std::isdigit(static_cast<unsigned char>(c))) (point ? fraction : whole) += c;
        else if (c == ',' && !point) continue;
        else if (c == '.' && !point) point = true;
        else break;
    }
    skip_spaces();
    if (i != text.size() || (whole.empty() && fraction.empty())) return std::nullopt;
    bool round_up = fraction.size() > 2 && fraction[2] >= '5';
    fraction = (fraction + "00").substr(0, 2);
    std::string cents = whole + fraction;
    if (round_up) {
        size_t k = cents.size();
        while (k > 0 && cents[k - 1] == '9') cents[--k] = '0';
        if (k == 0) cents.insert(cents.begin(), '1');
        else ++cents[k - 1];
    }
    size_t first = cents.find_first_not_of('0');
    cents = first == std::string::npos ? "0" : cents.substr(first);
    while (cents.size() < 3) cents.insert(cents.begin(), '0');
    bool zero = cents.find_first_not_of('0') == std::string::npos;
    return std::string(negative && !zero ? "-" : "") + cents.substr(0, cents.size() - 2) + "." +
           cents.substr(cents.size() - 2);
}

}  // namespace pgfleet
