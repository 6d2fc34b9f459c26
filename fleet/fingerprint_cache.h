#pragma once
// What each tenant's catalog marker and change counters were when its catalog was last read
// in full, and the fingerprint that read gave. A tenant whose marker has not moved since
// still has that fingerprint (apply trusts only that); drift also trusts unchanged counters,
// which cost far less to read (see catalog_marker.h).
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace pgfleet {

class FingerprintCache {
public:
    // Loads `path` when it exists and was written by the same reader (pgfleet version and
    // catalog queries); otherwise starts empty. An empty path keeps the cache in memory.
    explicit FingerprintCache(std::string path);

    // The fingerprint recorded for the tenant at exactly this marker.
    std::optional<std::string> lookup(const std::string& tenant, const std::string& marker) const;
    // The fingerprint recorded for the tenant at exactly these (non-empty) counters.
    std::optional<std::string> lookup_counters(const std::string& tenant, const std::string& counters) const;
    // `counters` may be empty: the read is then never trusted by counters.
    void remember(const std::string& tenant, const std::string& marker, const std::string& counters,
                  const std::string& fingerprint);
    // Writes the file (atomically: a temporary file renamed over it), keys sorted.
    void save() const;

private:
    struct Entry {
        std::string marker, counters, fingerprint;
    };
    std::string path_;
    mutable std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

// Identifies the code that turns a database into a fingerprint; entries from another
// reader are not trusted.
std::string fingerprint_reader_id();

}  // namespace pgfleet
