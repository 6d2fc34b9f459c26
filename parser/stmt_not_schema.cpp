// Statements that carry data or cluster-level objects rather than schema.
#include "parser/handlers.h"

namespace pgfleet {

void warn_not_schema(StatementContext& ctx, const char* statement) {
    ctx.warn("not-schema", std::string(statement) + " is not schema; ignored");
}

void handle_do(StatementContext& ctx, const pgast::Node&) {
    ctx.state().do_blocks.push_back(ctx.location());
    ctx.warn("not-schema", "DO is not schema; the parser skips it, and commands that plan run the files on a local "
                           "throwaway PostgreSQL to see what it does");
}

void handle_role_statement(StatementContext& ctx, const pgast::Node&) {
    ctx.warn("not-schema", "roles are cluster-level objects, created by tenant onboarding, not by a schema; ignored");
}

}  // namespace pgfleet
