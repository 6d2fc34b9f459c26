#pragma once
// Shards numbered from 0, as job engines number their workers: a Kubernetes Indexed Job
// (JOB_COMPLETION_INDEX), an AWS Batch array job (AWS_BATCH_JOB_ARRAY_INDEX and
// AWS_BATCH_JOB_ARRAY_SIZE), or anything that sets PGFLEET_SHARD_INDEX / PGFLEET_SHARD_COUNT
// (a Step Functions Distributed Map passes $$.Map.Item.Index that way).
#include <functional>
#include <string>

#include "fleet/inventory.h"

namespace pgfleet {

using GetEnv = std::function<const char*(const char*)>;

// Sets selection's shard (1-based inside) from --shard-index / --shard-count, else from the
// environment: the index from PGFLEET_SHARD_INDEX, JOB_COMPLETION_INDEX or
// AWS_BATCH_JOB_ARRAY_INDEX (the first set), the count from PGFLEET_SHARD_COUNT or
// AWS_BATCH_JOB_ARRAY_SIZE. Without a count nothing is sharded (an index alone is not enough:
// Kubernetes does not tell a pod how many completions its job has). Returns a description of
// where the shard came from ("" when none); throws std::invalid_argument naming the flag or
// variable that is wrong.
std::string zero_based_shard(const std::string& index_flag, const std::string& count_flag, const GetEnv& getenv,
                             TenantSelection& selection);

}  // namespace pgfleet
