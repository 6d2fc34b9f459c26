#include "fleet/shard_env.h"

#include <stdexcept>
#include <vector>

namespace pgfleet {
namespace {

struct Source {
    std::string value, name;  // name: "--shard-index" or the variable
};

Source first_set(const std::string& flag, const char* flag_name, const std::vector<const char*>& variables,
                 const GetEnv& getenv) {
    if (!flag.empty()) return {flag, flag_name};
    for (const char* v : variables)
        if (const char* value = getenv(v); value && *value) return {value, v};
    return {};
}

int whole_number(const Source& s) {
    size_t used = 0;
    int n = -1;
    try {
        n = std::stoi(s.value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != s.value.size() || n < 0)
        throw std::invalid_argument(s.name + " must be a whole number >= 0 (got '" + s.value + "')");
    return n;
}

}  // namespace

std::string zero_based_shard(const std::string& index_flag, const std::string& count_flag, const GetEnv& getenv,
                             TenantSelection& selection) {
    Source count = first_set(count_flag, "--shard-count", {"PGFLEET_SHARD_COUNT", "AWS_BATCH_JOB_ARRAY_SIZE"}, getenv);
    Source index = first_set(index_flag, "--shard-index",
                             {"PGFLEET_SHARD_INDEX", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"}, getenv);
    if (count.value.empty()) {
        if (!index_flag.empty()) throw std::invalid_argument("--shard-index needs --shard-count (or PGFLEET_SHARD_COUNT)");
        return "";
    }
    int n = whole_number(count);
    if (n < 1) throw std::invalid_argument(count.name + " must be at least 1 (got '" + count.value + "')");
    if (index.value.empty())
        throw std::invalid_argument(count.name + " is set but no shard index is: give --shard-index, or set "
                                    "PGFLEET_SHARD_INDEX, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX");
    int i = whole_number(index);
    if (i >= n)
        throw std::invalid_argument(index.name + "=" + index.value + " is not below " + count.name + "=" + count.value +
                                    " (shard indexes count from 0)");
    selection.shard_index = i + 1;
    selection.shard_count = n;
    return index.name + "=" + index.value + " of " + count.name + "=" + count.value;
}

}  // namespace pgfleet
