#pragma once
// Rebuilding a type that columns store (a new base type for a domain, reordered attributes of
// a composite, a new range definition, a name moving to another kind of type) without losing
// the column data: the old type is renamed aside, the new one created, every column that
// keeps the type is converted to it, and the old type is dropped.
#include <functional>
#include <string>

#include "planner/gen_generic.h"

namespace pgfleet {

// The USING expression turning a column (`column_sql`, quoted) into `new_type`.
using ColumnConversion = std::function<std::string(const std::string& column_sql, const std::string& new_type)>;

// The text I/O path every type has: c::text::new_type.
std::string convert_through_text(const std::string& column_sql, const std::string& new_type);

struct TypeSwap {
    KindSql create;  // the new type (its CREATE; comment, owner and grants follow)
    ColumnConversion convert = convert_through_text;
    // A range cannot be renamed aside: the constructor functions of its multirange keep their
    // names and would clash with the new ones. Its columns are parked as text instead while
    // the type is dropped and created again.
    bool park_columns_as_text = false;
    // A name that goes and comes back with the type (a range's multirange): its columns move too.
    QualifiedName companion;
};

void plan_type_swap(const Change& change, const TypeSwap& swap, PlanBuilder& plan);

}  // namespace pgfleet
