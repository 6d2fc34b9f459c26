// COMMENT ON ... IS ...
#include "catalog/object_access.h"
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {
void handle_comment(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objtype");
    // COMMENT ON CONSTRAINT c ON t: the object list is [schema.]table, constraint.
    ObjectKey key = lookup_object_node(ctx, objtype, body.value("object", pgast::Node()));
    // PostgreSQL treats an empty comment as no comment.
    std::string* slot = comment_of(ctx.catalog(), key);
    if (!slot) throw StatementError("unsupported", "comments on " + std::string(kind_name(key.kind)) + " objects are not supported");
    *slot = pgast::get_string(body, "comment");
}

}  // namespace pgfleet
