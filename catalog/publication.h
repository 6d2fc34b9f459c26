#pragma once
// A logical replication publication (CREATE PUBLICATION).
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"

namespace pgfleet {

struct PublicationTable {
    QualifiedName table;
    std::vector<std::string> columns;
    std::optional<Expr> where;
    bool operator==(const PublicationTable&) const = default;
};

// `publish` lists the operations in insert, update, delete, truncate order.
struct Publication {
    std::string name;
    bool all_tables = false;
    std::vector<PublicationTable> tables;
    std::vector<std::string> schemas;
    std::vector<std::string> publish{"insert", "update", "delete", "truncate"};
    bool via_partition_root = false;
    std::string owner;
    std::string comment;
    bool operator==(const Publication&) const = default;
};

}  // namespace pgfleet
