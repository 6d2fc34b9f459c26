// COMMENT ON ... IS ...
#include <algorithm>

#include "catalog/object_access.h"
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {
void handle_comment(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objtype");
    // Comments on view columns live with the view.
    if (objtype == "OBJECT_COLUMN") {
        auto names = statement_object_names(body.value("object", pgast::Node()));
        if (names.size() >= 2) {
            std::vector<std::string> rel(names.begin(), names.end() - 1);
            auto view = ctx.scope().resolve(rel, [&](const QualifiedName& q) { return ctx.catalog().views.count(q) > 0; });
            if (view && !ctx.scope().find_table(rel)) {
                View& v = ctx.catalog().views.at(*view);
                if (std::find(v.columns.begin(), v.columns.end(), names.back()) == v.columns.end())
                    throw StatementError("missing-object", "column \"" + names.back() + "\" does not exist");
                std::string text = pgast::get_string(body, "comment");
                if (text.empty()) v.column_comments.erase(names.back());
                else v.column_comments[names.back()] = text;
                return;
            }
        }
    }
    // COMMENT ON CONSTRAINT c ON t: the object list is [schema.]table, constraint.
    ObjectKey key = lookup_object_node(ctx, objtype, body.value("object", pgast::Node()));
    // PostgreSQL treats an empty comment as no comment.
    std::string* slot = comment_of(ctx.catalog(), key);
    if (!slot) throw StatementError("unsupported", "comments on " + std::string(kind_name(key.kind)) + " objects are not supported");
    *slot = pgast::get_string(body, "comment");
}

}  // namespace pgfleet
