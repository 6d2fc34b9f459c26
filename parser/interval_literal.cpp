#include "parser/interval_literal.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <vector>

#include "parser/ascii_case.h"

namespace pgfleet {
namespace {

constexpr double kMicrosPerSecond = 1e6;

// Units as multiples of (months, days, microseconds).
struct Unit {
    double months, days, micros;
};

const std::map<std::string, Unit>& units() {
    static const std::map<std::string, Unit> table = [] {
        std::map<std::string, Unit> t;
        auto add = [&](std::initializer_list<const char*> names, Unit u) {
            for (const char* n : names) t[n] = u;
        };
        add({"microsecond", "microseconds", "us", "usec", "usecs"}, {0, 0, 1});
        add({"millisecond", "milliseconds", "ms", "msec", "msecs"}, {0, 0, 1e3});
        add({"second", "seconds", "sec", "secs", "s"}, {0, 0, kMicrosPerSecond});
        add({"minute", "minutes", "min", "mins", "m"}, {0, 0, 60 * kMicrosPerSecond});
        add({"hour", "hours", "hr", "hrs", "h"}, {0, 0, 3600 * kMicrosPerSecond});
        add({"day", "days", "d"}, {0, 1, 0});
        add({"week", "weeks", "w"}, {0, 7, 0});
        add({"month", "months", "mon", "mons"}, {1, 0, 0});
        add({"year", "years", "yr", "yrs", "y"}, {12, 0, 0});
        add({"decade", "decades"}, {120, 0, 0});
        add({"century", "centuries"}, {1200, 0, 0});
        add({"millennium", "millennia"}, {12000, 0, 0});
        return t;
    }();
    return table;
}

// Adds `value` of a unit, spilling fractions down as PostgreSQL does (months of 30 days).
void add_amount(double value, const Unit& u, double& months, double& days, double& micros) {
    double m = value * u.months;
    double whole_m = std::trunc(m);
    months += whole_m;
    double d = value * u.days + (m - whole_m) * 30;
    double whole_d = std::trunc(d);
    days += whole_d;
    micros += value * u.micros + (d - whole_d) * 86400 * kMicrosPerSecond;
}

bool parse_clock(const std::string& token, double& micros) {
    int h = 0, m = 0;
    double sec = 0;
    bool negative = !token.empty() && token[0] == '-';
    std::string t = negative ? token.substr(1) : token;
    int n = std::sscanf(t.c_str(), "%d:%d:%lf", &h, &m, &sec);
    if (n < 2) return false;
    double v = (h * 3600.0 + m * 60.0 + sec) * kMicrosPerSecond;
    micros += negative ? -v : v;
    return true;
}

std::string plural(long long n, const char* unit) {
    return std::to_string(n) + " " + unit + (std::llabs(n) == 1 ? "" : "s");
}

}  // namespace

std::optional<std::string> normalize_interval(const std::string& text, const std::string& fields) {
    std::istringstream in(ascii_lower(text));
    std::vector<std::string> tokens;
    for (std::string t; in >> t;) tokens.push_back(t);
    if (tokens.empty()) return std::nullopt;
    double months = 0, days = 0, micros = 0;
    bool ago = !tokens.empty() && tokens.back() == "ago";
    if (ago) tokens.pop_back();
    std::string last_field = fields.substr(fields.rfind(' ') == std::string::npos ? 0 : fields.rfind(' ') + 1);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        if (t.find(':') != std::string::npos) {
            if (!parse_clock(t, micros)) return std::nullopt;
            continue;
        }
        char* end = nullptr;
        double value = std::strtod(t.c_str(), &end);
        if (end == t.c_str()) return std::nullopt;
        std::string unit = *end ? std::string(end) : (i + 1 < tokens.size() ? tokens[++i] : last_field);
        auto u = units().find(unit);
        if (u == units().end()) return std::nullopt;
        add_amount(value, u->second, months, days, micros);
    }
    if (ago) months = -months, days = -days, micros = -micros;
    // A field qualifier keeps only units down to its last field.
    if (last_field == "year") months = std::trunc(months / 12) * 12, days = 0, micros = 0;
    else if (last_field == "month") days = 0, micros = 0;
    else if (last_field == "day") micros = 0;
    else if (last_field == "hour") micros = std::trunc(micros / (3600 * kMicrosPerSecond)) * 3600 * kMicrosPerSecond;
    else if (last_field == "minute") micros = std::trunc(micros / (60 * kMicrosPerSecond)) * 60 * kMicrosPerSecond;
    long long total_months = std::llround(months), whole_days = std::llround(days);
    long long us = std::llround(micros);
    std::string out;
    long long years = total_months / 12, mons = total_months % 12;
    if (years) out += plural(years, "year");
    if (mons) out += (out.empty() ? "" : " ") + plural(mons, "mon");
    if (whole_days) out += (out.empty() ? "" : " ") + plural(whole_days, "day");
    if (us != 0 || out.empty()) {
        bool negative = us < 0;
        long long a = std::llabs(us);
        long long h = a / 3600000000LL, m = (a / 60000000LL) % 60, s = (a / 1000000LL) % 60, frac = a % 1000000LL;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s%02lld:%02lld:%02lld", negative ? "-" : "", h, m, s);
        std::string clock = buf;
        if (frac) {
            std::snprintf(buf, sizeof buf, ".%06lld", frac);
            std::string f = buf;
            while (f.back() == '0') f.pop_back();
            clock += f;
        }
        out += (out.empty() ? "" : " ") + clock;
    }
    return out;
}

}  // namespace pgfleet
