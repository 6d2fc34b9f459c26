#include "parser/datetime_literal.h"

#include <cctype>
#include <cstdio>

namespace pgfleet {
namespace {

class Reader {
public:
    explicit Reader(const std::string& text) : s_(text) {}
    bool done() const { return i_ == s_.size(); }
    bool eat(char c) {
        if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
        return false;
    }
    bool peek_digit() const { return i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_])); }
    // Between min and max digits; -1 when there are fewer than min.
    long number(size_t min, size_t max) {
        size_t start = i_;
        long v = 0;
        while (i_ < s_.size() && i_ - start < max && std::isdigit(static_cast<unsigned char>(s_[i_])))
            v = v * 10 + (s_[i_++] - '0');
        return i_ - start < min ? -1 : v;
    }
    std::string digits() {
        size_t start = i_;
        while (peek_digit()) ++i_;
        return s_.substr(start, i_ - start);
    }
    void spaces() {
        while (i_ < s_.size() && s_[i_] == ' ') ++i_;
    }
    std::string rest() const { return s_.substr(i_); }

private:
    const std::string& s_;
    size_t i_ = 0;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long days_from_civil(long y, long m, long d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(long z, long& y, long& m, long& d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y = yoe + era * 400 + (m <= 2);
}

// The zone suffix as seconds east of UTC; false when it is not a numeric offset or UTC.
bool read_zone(Reader& r, long& offset) {
    offset = 0;
    r.spaces();
    if (r.done()) return true;
    std::string rest = r.rest();
    if (rest == "Z" || rest == "z" || rest == "UTC" || rest == "utc" || rest == "GMT") return true;
    int sign = r.eat('+') ? 1 : r.eat('-') ? -1 : 0;
    if (!sign) return false;
    long hh = r.number(1, 2), mm = 0, ss = 0;
    if (hh < 0) return false;
    if (r.eat(':')) {
        if ((mm = r.number(2, 2)) < 0) return false;
        if (r.eat(':') && (ss = r.number(2, 2)) < 0) return false;
    } else if (r.peek_digit()) {
        if ((mm = r.number(2, 2)) < 0) return false;
    }
    offset = sign * (hh * 3600 + mm * 60 + ss);
    return r.done();
}

}  // namespace

std::optional<std::string> normalize_datetime(const std::string& raw, DatetimeKind kind) {
    std::string text = raw;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    Reader r(text);
    r.spaces();
    long y = r.number(4, 4);
    if (y < 0 || !r.eat('-')) return std::nullopt;
    long mo = r.number(1, 2);
    if (mo < 1 || mo > 12 || !r.eat('-')) return std::nullopt;
    long d = r.number(1, 2);
    if (d < 1 || d > 31) return std::nullopt;
    long hh = 0, mi = 0, ss = 0;
    std::string fraction;
    long offset = 0;
    if (!r.done()) {
        if (!r.eat('T') && !r.eat(' ')) return std::nullopt;
        r.spaces();
        if ((hh = r.number(1, 2)) < 0 || hh > 24 || !r.eat(':') || (mi = r.number(2, 2)) < 0 || mi > 59)
            return std::nullopt;
        if (r.eat(':')) {
            if ((ss = r.number(2, 2)) < 0 || ss > 60) return std::nullopt;
            if (r.eat('.')) fraction = r.digits();
        }
        if (!read_zone(r, offset)) return std::nullopt;
    }
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    if (kind == DatetimeKind::Date) hh = mi = ss = 0, fraction.clear();
    if (kind != DatetimeKind::TimestampTz) offset = 0;
    long seconds = days_from_civil(y, mo, d) * 86400 + hh * 3600 + mi * 60 + ss - offset;
    long days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    long in_day = seconds - days * 86400;
    civil_from_days(days, y, mo, d);
    char out[64];
    std::snprintf(out, sizeof out, "%04ld-%02ld-%02ld", y, mo, d);
    std::string result = out;
    if (in_day != 0 || !fraction.empty()) {
        std::snprintf(out, sizeof out, " %02ld:%02ld:%02ld", in_day / 3600, in_day / 60 % 60, in_day % 60);
        result += out;
        if (!fraction.empty()) result += "." + fraction;
    }
    return result;
}

}  // namespace pgfleet
