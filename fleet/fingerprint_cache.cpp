#include "fleet/fingerprint_cache.h"

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "catalog/hash.h"
#include "introspect/catalog_marker.h"
#include "introspect/catalog_queries.h"

namespace pgfleet {

std::string fingerprint_reader_id() {
    using namespace catalog_queries;
    std::string text = std::string(PGFLEET_VERSION) + "\n" + change_counters_sql();
    for (int major = kOldestServerMajor; major <= kNewestServerMajor; ++major)
        text += "\n" + catalog_marker_sql(ServerVersion::of(major));
    for (const char* q : {kSchemas, kExtensions, kEnums, kSequences, kTables, kConstraints, kIndexes, kUnmodeled})
        text += q;
    return sha256_hex(text).substr(0, 16);
}

FingerprintCache::FingerprintCache(std::string path) : path_(std::move(path)) {
    if (path_.empty()) return;
    std::ifstream in(path_);
    if (!in) return;
    try {
        nlohmann::json j = nlohmann::json::parse(in);
        if (j.value("format", "") != "pgfleet-fingerprint-cache" || j.value("reader", "") != fingerprint_reader_id())
            return;
        for (const auto& [tenant, e] : j.at("tenants").items())
            entries_[tenant] = {e.at("marker").get<std::string>(), e.value("counters", ""),
                                e.at("fingerprint").get<std::string>()};
    } catch (const std::exception&) {
        entries_.clear();  // a damaged cache only costs full reads
    }
}

std::optional<std::string> FingerprintCache::lookup(const std::string& tenant, const std::string& marker) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(tenant);
    if (it == entries_.end() || it->second.marker != marker) return std::nullopt;
    return it->second.fingerprint;
}

std::optional<std::string> FingerprintCache::lookup_counters(const std::string& tenant,
                                                             const std::string& counters) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(tenant);
    if (counters.empty() || it == entries_.end() || it->second.counters != counters) return std::nullopt;
    return it->second.fingerprint;
}

void FingerprintCache::remember(const std::string& tenant, const std::string& marker, const std::string& counters,
                                const std::string& fingerprint) {
    std::lock_guard lock(mutex_);
    entries_[tenant] = {marker, counters, fingerprint};
}

void FingerprintCache::save() const {
    if (path_.empty()) return;
    nlohmann::json tenants = nlohmann::json::object();
    {
        std::lock_guard lock(mutex_);
        for (const auto& [tenant, e] : entries_) tenants[tenant] = {{"counters", e.counters}, {"fingerprint", e.fingerprint}, {"marker", e.marker}};
    }
    nlohmann::json j = {{"format", "pgfleet-fingerprint-cache"}, {"reader", fingerprint_reader_id()}, {"tenants", tenants}};
    std::filesystem::path p(path_);
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    std::string tmp = path_ + ".tmp";
    {
        std::ofstream out(tmp);
        out << j.dump(1) << "\n";
        if (!out) throw std::runtime_error(tmp + ": cannot write the fingerprint cache");
    }
    std::filesystem::rename(tmp, path_);
}

}  // namespace pgfleet
