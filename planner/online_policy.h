#pragma once
// Online or plain DDL, decided per table by its size: on a large table the plan avoids long
// blocking locks (CONCURRENTLY, NOT VALID + VALIDATE); on a tiny one the plain transactional
// form is safer, because it is atomic.
#include <map>
#include <set>
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

enum class OnlineMode { Auto, Always, Never };

struct OnlineOptions {
    OnlineMode mode = OnlineMode::Auto;
    // In Auto mode, tables at least this large get the online form.
    long long threshold_bytes = 10LL * 1024 * 1024;
};

struct OnlineChoice {
    bool online = false;
    std::string note;  // the choice and the size it was based on; "" for new tables
};

class OnlinePolicy {
public:
    OnlinePolicy(const Catalog& current, const std::map<QualifiedName, long long>& relation_bytes,
                 OnlineOptions options)
        : current_(current), sizes_(relation_bytes), options_(options) {}

    // How to do size-proportional work (scan, index build) on a table or materialized view.
    // Relations that do not exist yet, or that the plan drops and creates again, are new to
    // everyone else: always plain, so their indexes are built in the transaction creating them.
    OnlineChoice choose(const QualifiedName& relation) const;

    void set_rebuilt(std::set<QualifiedName> relations) { rebuilt_ = std::move(relations); }
    // True for a relation the plan drops and creates again.
    bool rebuilt(const QualifiedName& relation) const { return rebuilt_.count(relation) > 0; }

    // The size known for a relation, or -1.
    long long known_bytes(const QualifiedName& relation) const;
    // True when the relation is known to be below the threshold.
    bool known_small(const QualifiedName& relation) const;

private:
    const Catalog& current_;
    const std::map<QualifiedName, long long>& sizes_;
    OnlineOptions options_;
    std::set<QualifiedName> rebuilt_;
};

// "48 kB", "10 MB", "2.1 GB".
std::string format_bytes(long long bytes);

// Parses "10MB", "512kB", "1GB", "0" (bytes when no unit); throws std::invalid_argument.
long long parse_bytes(const std::string& text);

}  // namespace pgfleet
