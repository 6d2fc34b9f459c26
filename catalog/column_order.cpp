#include "catalog/column_order.h"

namespace pgfleet {

std::set<QualifiedName> parent_tables(const Catalog& catalog) {
    std::set<QualifiedName> out;
    for (const auto& [name, t] : catalog.tables) {
        if (t.partition_of) out.insert(t.partition_of->parent);
        out.insert(t.inherits.begin(), t.inherits.end());
    }
    return out;
}

bool column_order_counts(const Table& table, const std::set<QualifiedName>& parents) {
    return !table.partition_of && !table.partition_by && !table.of_type && !parents.count(table.name);
}

bool column_place_counts(const Table& table, const Column& column) { return column.local || table.inherits.empty(); }

}  // namespace pgfleet
