// DefineStmt: CREATE AGGREGATE and CREATE COLLATION are modeled; operators, text search
// objects and base types are not, and say so.
#include "catalog/sql_name.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_define(StatementContext& ctx, const pgast::Node& body) {
    std::string kind = pgast::get_string(body, "kind");
    if (kind == "OBJECT_AGGREGATE") return handle_create_aggregate(ctx, body);
    if (kind == "OBJECT_COLLATION") return handle_create_collation(ctx, body);
    // An operator is kept by name, as a database reports it, for lint (shadowed-builtin).
    if (kind == "OBJECT_OPERATOR") {
        QualifiedName name = ctx.new_name(pgast::string_list(pgast::get_list(body, "defnames")), -1);
        ctx.state().ignored_objects.push_back({{"operator", sql_ident(name.schema) + "." + name.name}, ctx.location()});
    }
    std::string what = kind.substr(7);
    for (auto& ch : what) ch = ch == '_' ? ' ' : ch;
    if (what.rfind("TS", 0) == 0) what = "TEXT SEARCH " + what.substr(2);
    throw StatementError("unsupported", "CREATE " + what +
                                            ": pgfleet does not model this kind of object; the statement is ignored, and "
                                            "such objects in a database are reported as unmodeled");
}

}  // namespace pgfleet
