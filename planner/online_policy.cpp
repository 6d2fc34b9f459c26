#include "planner/online_policy.h"

#include <cctype>
#include <cstdio>
#include <stdexcept>

#include "catalog/sql_name.h"

namespace pgfleet {

long long OnlinePolicy::known_bytes(const QualifiedName& relation) const {
    auto it = sizes_.find(relation);
    return it == sizes_.end() ? -1 : it->second;
}

bool OnlinePolicy::known_small(const QualifiedName& relation) const {
    long long bytes = known_bytes(relation);
    return bytes >= 0 && bytes < options_.threshold_bytes;
}

OnlineChoice OnlinePolicy::choose(const QualifiedName& relation) const {
    bool exists = current_.tables.count(relation) || current_.views.count(relation);
    if (!exists || rebuilt_.count(relation)) return {false, ""};
    std::string name = sql_qualified(relation.schema, relation.name);
    switch (options_.mode) {
        case OnlineMode::Never: return {false, "plain form on " + name + ": online DDL is turned off"};
        case OnlineMode::Always: return {true, "online form on " + name + ": online DDL is always on"};
        case OnlineMode::Auto: break;
    }
    std::string threshold = format_bytes(options_.threshold_bytes);
    long long bytes = known_bytes(relation);
    if (bytes < 0)
        return {true, "online form on " + name + ": its size is unknown (planned without statistics), threshold " +
                          threshold};
    if (bytes < options_.threshold_bytes)
        return {false, "plain form on " + name + ": " + format_bytes(bytes) + ", below the online threshold " + threshold};
    return {true, "online form on " + name + ": " + format_bytes(bytes) + ", at or above the online threshold " + threshold};
}

std::string format_bytes(long long bytes) {
    static const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    char buf[32];
    if (unit == 0 || value >= 100 || value == static_cast<long long>(value))
        std::snprintf(buf, sizeof buf, "%.0f %s", value, units[unit]);
    else
        std::snprintf(buf, sizeof buf, "%.1f %s", value, units[unit]);
    return buf;
}

long long parse_bytes(const std::string& text) {
    size_t pos = 0;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos == 0) throw std::invalid_argument("not a size: \"" + text + "\" (e.g. 10MB)");
    long long number = std::stoll(text.substr(0, pos));
    std::string unit = text.substr(pos);
    while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
    for (auto& ch : unit) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (unit.empty() || unit == "b" || unit == "bytes") return number;
    if (unit == "kb") return number << 10;
    if (unit == "mb") return number << 20;
    if (unit == "gb") return number << 30;
    if (unit == "tb") return number << 40;
    throw std::invalid_argument("unknown size unit in \"" + text + "\" (use kB, MB, GB or TB)");
}

}  // namespace pgfleet
