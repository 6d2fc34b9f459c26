#pragma once
// An SQL expression as the model keeps it: text to emit plus the form used to compare.
#include <string>
#include <vector>

#include "catalog/object_key.h"

namespace pgfleet {

// `sql` is valid SQL whose names are qualified, so it means the same under any search_path.
// `canonical` is the normalized tree both sides reduce to; it alone decides equality, because
// PostgreSQL stores expressions rewritten ('a'::text, extra parentheses, explicit schemas).
// `refs` lists the objects the expression uses (sequences, functions, types, columns).
struct Expr {
    std::string sql;
    std::string canonical;
    std::vector<ObjectKey> refs;
    bool operator==(const Expr& other) const { return canonical == other.canonical; }
};

}  // namespace pgfleet
