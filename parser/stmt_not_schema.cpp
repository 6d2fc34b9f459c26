// Statements that carry data or cluster-level objects rather than schema.
#include "parser/handlers.h"

namespace pgfleet {

void warn_not_schema(StatementContext& ctx, const char* statement) {
    ctx.warn("not-schema", std::string(statement) + " is not schema; ignored");
}

void handle_role_statement(StatementContext& ctx, const pgast::Node&) {
    ctx.warn("not-schema", "roles are cluster-level objects, created by tenant onboarding, not by a schema; ignored");
}

}  // namespace pgfleet
