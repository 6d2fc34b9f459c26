// ALTER ... SET SCHEMA.
#include "parser/handlers.h"
#include "parser/object_rename.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_alter_object_schema(StatementContext& ctx, const pgast::Node& body) {
    if (move_named_object(ctx, body)) return;
    std::string type = pgast::get_string(body, "objectType");
    std::string what = type.substr(7);
    for (auto& ch : what) ch = ch == '_' ? ' ' : ch;
    throw StatementError("unsupported", "ALTER " + what + " SET SCHEMA: pgfleet does not model this kind of object; the statement is ignored");
}

}  // namespace pgfleet
