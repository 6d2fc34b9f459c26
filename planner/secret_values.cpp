#include "planner/secret_values.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <stdexcept>

#include "catalog/sql_name.h"

namespace pgfleet {
namespace {

constexpr const char* kMarker = ":'pgfleet_secret_";

// Calls `found(at, end, name)` for each :'variable' of the text (`end` one past its quote).
template <typename Found>
void each_variable(const std::string& sql, Found&& found) {
    for (size_t at = sql.find(kMarker); at != std::string::npos; at = sql.find(kMarker, at + 2)) {
        size_t end = sql.find('\'', at + 2);
        if (end == std::string::npos) return;
        found(at, end + 1, sql.substr(at + 2, end - at - 2));
    }
}

}  // namespace

std::vector<std::string> secret_variables(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& s : plan.statements)
        each_variable(s.sql, [&](size_t, size_t, const std::string& name) { out.push_back(name); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string with_secret_values(std::string sql, const std::map<std::string, std::string>& values) {
    std::string out;
    size_t copied = 0;
    each_variable(sql, [&](size_t at, size_t end, const std::string& name) {
        auto it = values.find(name);
        if (it == values.end()) return;
        out += sql.substr(copied, at - copied) + sql_literal(it->second);
        copied = end;
    });
    return out + sql.substr(copied);
}

std::map<std::string, std::string> secret_values_from_environment(const Plan& plan) {
    std::map<std::string, std::string> values;
    std::vector<std::string> missing;
    for (const auto& name : secret_variables(plan)) {
        std::string upper = name;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const char* value = std::getenv(name.c_str());
        if (!value) value = std::getenv(upper.c_str());
        if (value) values[name] = value;
        else missing.push_back(upper);
    }
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
        throw std::runtime_error("the plan sets secret options whose values it does not hold; set " + list +
                                 " in the environment (nothing was run)");
    }
    return values;
}

}  // namespace pgfleet
