#include "differ/column_order.h"

#include <algorithm>

#include "differ/table_parts.h"

namespace pgfleet {

std::vector<std::string> order_after_alter(const Table& from, const Table& to) {
    std::vector<std::string> out;
    for (const auto& a : from.columns) {
        const Column* b = to.find_column(a.name);
        if (b && !column_replaced(a, *b)) out.push_back(a.name);
    }
    for (const auto& b : to.columns) {
        const Column* a = from.find_column(b.name);
        if (!a || column_replaced(*a, b)) out.push_back(b.name);
    }
    return out;
}

bool column_order_differs(const Table& from, const Table& to) {
    auto own = [&](const std::string& name) {
        const Column* c = to.find_column(name);
        return c && column_place_counts(to, *c);
    };
    std::vector<std::string> after, declared;
    for (const auto& name : order_after_alter(from, to))
        if (own(name)) after.push_back(name);
    for (const auto& c : to.columns)
        if (own(c.name)) declared.push_back(c.name);
    return after != declared;
}

bool rebuildable_for_order(const Table& from, const Table& to, const std::set<QualifiedName>& parents) {
    return column_order_counts(from, parents) && column_order_counts(to, parents);
}

}  // namespace pgfleet
