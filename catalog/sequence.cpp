#include "catalog/sequence.h"

namespace pgfleet {

SequenceOptions default_sequence_options(const std::string& type, int64_t increment) {
    SequenceOptions o;
    o.type = type;
    o.increment = increment;
    int64_t type_max = std::numeric_limits<int64_t>::max();
    int64_t type_min = std::numeric_limits<int64_t>::min();
    if (type == "integer") {
        type_max = std::numeric_limits<int32_t>::max();
        type_min = std::numeric_limits<int32_t>::min();
    } else if (type == "smallint") {
        type_max = std::numeric_limits<int16_t>::max();
        type_min = std::numeric_limits<int16_t>::min();
    }
    if (increment > 0) {
        o.min_value = 1;
        o.max_value = type_max;
        o.start = o.min_value;
    } else {
        o.min_value = type_min;
        o.max_value = -1;
        o.start = o.max_value;
    }
    return o;
}

}  // namespace pgfleet
