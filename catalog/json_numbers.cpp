#include "catalog/json_numbers.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace pgfleet {
namespace {

void check(const nlohmann::json& j, const std::string& pointer, const std::string& key) {
    if (j.is_object()) {
        for (const auto& [k, v] : j.items()) check(v, pointer + "/" + k, k);
    } else if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i) check(j[i], pointer + "/" + std::to_string(i), key);
    } else if (j.is_number_float() && key != "cost" && key != "rows") {
        double v = j.get<double>();
        if (!std::isfinite(v) || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            throw std::runtime_error("number out of range at " + pointer);
    }
}

}  // namespace

void check_json_numbers(const nlohmann::json& document) { check(document, "", ""); }

}  // namespace pgfleet
