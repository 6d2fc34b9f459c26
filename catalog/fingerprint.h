#pragma once
// A stable hash of a normalized catalog: equal fingerprints mean nothing to migrate.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

struct FingerprintOptions {
    // Owners differ between environments; they count only when ownership is managed.
    bool include_owners = false;
    // The order of a table's columns counts where pgfleet keeps it (catalog/column_order.h).
    bool include_column_order = true;
};

// The JSON that is hashed: expressions reduced to their canonical form, columns in their
// order where it counts and in name order elsewhere, and nothing the differ ignores (unmodeled objects,
// extension versions the desired state leaves open).
nlohmann::json fingerprint_document(const Catalog& catalog, int server_version_major,
                                    const FingerprintOptions& options = {});

// Hex SHA-256 of fingerprint_document.
std::string fingerprint(const Catalog& catalog, int server_version_major,
                        const FingerprintOptions& options = {});

// The first 12 hex digits, for reports.
std::string short_fingerprint(const std::string& fingerprint);

}  // namespace pgfleet
