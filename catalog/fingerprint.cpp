#include "catalog/fingerprint.h"

#include <algorithm>

#include "catalog/column_order.h"
#include "catalog/hash.h"
#include "catalog/snapshot.h"

namespace pgfleet {
namespace {

bool is_expr(const nlohmann::json& j) {
    return j.is_object() && j.size() == 3 && j.contains("sql") && j.contains("canonical") &&
           j.contains("refs");
}

void normalize(nlohmann::json& j, const FingerprintOptions& options) {
    if (is_expr(j)) {
        j = j["canonical"];
        return;
    }
    if (j.is_object()) {
        if (!options.include_owners) j.erase("owner");
        for (auto& [key, value] : j.items()) normalize(value, options);
    } else if (j.is_array()) {
        for (auto& v : j) normalize(v, options);
    }
}

// Columns whose place does not count go after the others, in name order.
void order_columns(nlohmann::json& table_json, const Table& table, bool order_counts) {
    auto& columns = table_json["columns"];
    auto placed = [&](const nlohmann::json& column) {
        const Column* c = table.find_column(column.value("name", ""));
        return order_counts && c && column_place_counts(table, *c);
    };
    auto rest = std::stable_partition(columns.begin(), columns.end(), placed);
    std::sort(rest, columns.end(), [](const auto& a, const auto& b) { return a.value("name", "") < b.value("name", ""); });
}

}  // namespace

nlohmann::json fingerprint_document(const Catalog& catalog, int server_version_major,
                                    const FingerprintOptions& options) {
    nlohmann::json doc = catalog_to_json(catalog);
    doc.erase("unmodeled");
    // The server fills in an extension's version and comment; only the desired state's
    // explicit choices are compared, by the differ.
    for (auto& ext : doc["extensions"]) {
        ext.erase("version");
        ext.erase("comment");
    }
    // The tables are written in the catalog's order.
    std::set<QualifiedName> parents = parent_tables(catalog);
    auto table_json = doc["tables"].begin();
    for (const auto& [name, t] : catalog.tables)
        order_columns(*table_json++, t, options.include_column_order && column_order_counts(t, parents));
    normalize(doc, options);
    return {{"server_version_major", server_version_major}, {"catalog", doc}};
}

std::string fingerprint(const Catalog& catalog, int server_version_major, const FingerprintOptions& options) {
    return sha256_hex(fingerprint_document(catalog, server_version_major, options).dump());
}

std::string short_fingerprint(const std::string& fp) { return fp.substr(0, 12); }

}  // namespace pgfleet
