#pragma once
// After ALTER ... RENAME or SET SCHEMA: the views, SQL-standard routine bodies, policies,
// defaults, checks, index expressions and trigger conditions that name the object are derived
// again, as PostgreSQL (which keeps them by oid) prints them after the change.
#include <functional>
#include <string>
#include <vector>

#include "parser/query_renames.h"
#include "parser/statement_context.h"

namespace pgfleet {

class RenameDependents {
public:
    // Works out, on the catalog as it is before the change, what must be derived again.
    RenameDependents(StatementContext& ctx, NameChange change);
    // Derives it on the catalog as it is after the change.
    void apply(StatementContext& ctx);

private:
    NameChange change_;
    std::vector<std::function<void(StatementContext&)>> steps_;
};

}  // namespace pgfleet
