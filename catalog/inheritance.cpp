#include "catalog/inheritance.h"

#include <algorithm>

namespace pgfleet {

std::vector<QualifiedName> tables_inheriting(const Catalog& catalog, const QualifiedName& parent) {
    std::vector<QualifiedName> out{parent};
    for (size_t i = 0; i < out.size(); ++i)
        for (const auto& [name, t] : catalog.tables) {
            bool below = (t.partition_of && t.partition_of->parent == out[i]) ||
                         std::count(t.inherits.begin(), t.inherits.end(), out[i]) > 0;
            if (below && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
        }
    out.erase(out.begin());
    return out;
}

const Table* single_parent(const Catalog& catalog, const Table& table) {
    const QualifiedName* parent = table.partition_of ? &table.partition_of->parent
                                  : table.inherits.size() == 1 ? &table.inherits[0]
                                                               : nullptr;
    if (!parent) return nullptr;
    auto it = catalog.tables.find(*parent);
    return it == catalog.tables.end() ? nullptr : &it->second;
}

}  // namespace pgfleet
