#pragma once
// Catalog snapshots: the model saved as JSON, so plans can be made without a connection.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"

namespace pgfleet {

// A catalog with the server it was read from.
struct Snapshot {
    Catalog catalog;
    int server_version_major = 0;
    std::string database;
    // The role the catalog was read as: default privileges "for the current role" mean it.
    std::string current_user;
    // On-disk size of each table and materialized view (with its indexes and TOAST; a
    // partitioned table counts its partitions). Not part of the catalog or its fingerprint:
    // it only decides between online and plain DDL.
    std::map<QualifiedName, long long> relation_bytes;
    // Every role of the cluster, sorted, as the database reported them; empty when unknown (a
    // snapshot file keeps none). Not part of the catalog: roles are the cluster's.
    std::vector<std::string> cluster_roles;
};

nlohmann::json catalog_to_json(const Catalog& catalog);
Catalog catalog_from_json(const nlohmann::json& j);

nlohmann::json snapshot_to_json(const Snapshot& snapshot);
// Throws std::runtime_error naming what is wrong with the document.
Snapshot snapshot_from_json(const nlohmann::json& j);

void write_snapshot_file(const Snapshot& snapshot, const std::string& path);
// Throws std::runtime_error naming the file on a missing, unreadable or malformed snapshot.
Snapshot read_snapshot_file(const std::string& path);

}  // namespace pgfleet
