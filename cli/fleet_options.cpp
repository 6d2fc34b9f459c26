#include "cli/fleet_options.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "fleet/progress.h"
#include "fleet/shard_env.h"

namespace pgfleet {

void add_fleet_options(CLI::App* cmd, FleetOptions& o) {
    cmd->add_option("--config", o.config_path, "Fleet configuration (pgfleet.yaml)")->required();
    cmd->add_option("--schema", o.schema, "Desired-state directory instead of the configuration's (e.g. a pull request's)");
    cmd->add_option("--tenants", o.tenants_glob, "Only tenants matching this glob (database or cluster/database)");
    cmd->add_option("--shard", o.shard, "Only shard I of N (1-based), e.g. 2/4; stable per tenant");
    cmd->add_option("--shard-index", o.shard_index,
                    "Shard index from 0 (default: PGFLEET_SHARD_INDEX, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX)");
    cmd->add_option("--shard-count", o.shard_count,
                    "Number of shards (default: PGFLEET_SHARD_COUNT or AWS_BATCH_JOB_ARRAY_SIZE); no count, no sharding");
    cmd->add_flag("-q,--quiet", o.quiet, "No progress lines");
}

FleetContext::FleetContext(const FleetOptions& o) : config_(load_fleet_config(o.config_path)) {
    if (!o.schema.empty()) config_.schema = o.schema;
    selection_.glob = o.tenants_glob;
    if (!o.shard.empty() && (!o.shard_index.empty() || !o.shard_count.empty()))
        throw std::invalid_argument("--shard I/N (from 1) and --shard-index/--shard-count (from 0) exclude each other");
    if (!o.shard.empty()) {
        parse_shard(o.shard, selection_);
        shard_source_ = "--shard " + o.shard;
    } else {
        shard_source_ = zero_based_shard(o.shard_index, o.shard_count, [](const char* v) { return std::getenv(v); },
                                         selection_);
    }
    connections_ = std::make_unique<FleetConnections>(config_, [](const std::string& line) {
        std::cerr << "pgfleet: " << line << "\n";
    });
    cache_ = std::make_unique<FingerprintCache>(fingerprint_cache_path(config_));
    run_ = std::make_unique<FleetRun>(FleetRun{config_, *connections_, *cache_, stderr_is_tty(), o.quiet});
}

FleetContext::~FleetContext() = default;

std::vector<TenantRef> FleetContext::selected_tenants() {
    return select_tenants(discover_tenants(config_, *connections_), selection_);
}

void FleetContext::save_cache() {
    try {
        cache_->save();
    } catch (const std::exception& e) {
        std::cerr << "pgfleet: warning: " << e.what() << "\n";
    }
}

std::unique_ptr<Journal> FleetContext::open_journal() {
    if (config_.journal.table.empty()) return open_file_journal(config_.journal.file);
    return open_table_journal(*connections_, config_.journal.table);
}

std::vector<JournalEntry> FleetContext::journal_entries() {
    if (config_.journal.table.empty() && !std::filesystem::exists(config_.journal.file)) return {};
    return open_journal()->load();
}

}  // namespace pgfleet
