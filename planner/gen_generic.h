#pragma once
// The statements most kinds share: create (then comment, owner, privileges), drop, replace,
// and the comment/owner/privilege alterations.
#include <string>

#include "catalog/object_access.h"
#include "planner/plan_builder.h"

namespace pgfleet {

// How to make and remove one object of a kind.
struct KindSql {
    std::string create;                      // CREATE statement (or several, ";\n"-free)
    std::string drop;                        // DROP statement
    std::string privileges_on;               // "TABLE s.t" for GRANT ... ON; "" when not applicable
    std::vector<ObjectKey> creates_also;     // sub-objects the CREATE brings (columns, ...)
};

// Create, drop, replace, comment, owner and privileges for `c`. `sql_from` describes the
// object in the current catalog (for drops), `sql_to` in the desired one (for creates);
// either may be null when that side has no object.
void plan_by_definition(const Change& c, PlanBuilder& plan, const KindSql* sql_from, const KindSql* sql_to);

// The "created" half on its own: CREATE, then comment, owner and privileges as declared.
void plan_creation(const ObjectKey& key, const KindSql& sql, PlanBuilder& plan);

}  // namespace pgfleet
