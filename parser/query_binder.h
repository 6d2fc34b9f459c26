#pragma once
// Binding a query against the catalog the way PostgreSQL's analyzer does, so that the user's
// view text and the server's pg_get_viewdef output reduce to the same tree: relations get
// their schema, column references their relation, `*` becomes the column list, positional
// and alias references in GROUP BY / ORDER BY become the expressions they stand for.
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "parser/name_scope.h"
#include "pgast/node.h"

namespace pgfleet {

// Parameters of the SQL function whose body is being bound (names may be empty).
struct RoutineParameters {
    std::string function_name;
    std::vector<std::string> names;
};

struct BoundQuery {
    pgast::Node as_written;              // relations qualified, otherwise the user's query
    pgast::Node bound;                   // fully bound, for comparison
    std::vector<std::string> columns;    // output column names
    std::vector<ObjectKey> refs;         // relations and columns used
};

// Binds a SelectStmt body. Throws StatementError for relations that do not exist.
// `outer_table` is the table a subquery in a CHECK or policy expression can correlate with.
BoundQuery bind_query(const pgast::Node& select_stmt, const NameScope& scope,
                      const RoutineParameters* parameters = nullptr, int location_base = 0,
                      const std::optional<QualifiedName>& outer_table = std::nullopt);

}  // namespace pgfleet
