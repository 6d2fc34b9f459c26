#include "catalog/table.h"

#include <algorithm>

namespace pgfleet {

const Column* Table::find_column(const std::string& column) const {
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == column; });
    return it == columns.end() ? nullptr : &*it;
}

Column* Table::find_column(const std::string& column) {
    return const_cast<Column*>(static_cast<const Table*>(this)->find_column(column));
}

const Constraint* Table::find_constraint(const std::string& constraint) const {
    auto it = std::find_if(constraints.begin(), constraints.end(),
                           [&](const Constraint& c) { return c.name == constraint; });
    return it == constraints.end() ? nullptr : &*it;
}

Constraint* Table::find_constraint(const std::string& constraint) {
    return const_cast<Constraint*>(static_cast<const Table*>(this)->find_constraint(constraint));
}

}  // namespace pgfleet
