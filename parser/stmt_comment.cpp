// COMMENT ON ... IS ...
#include <algorithm>

#include "catalog/object_access.h"
#include "parser/domain_constraints.h"
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

// COMMENT ON COLUMN type.attribute names an attribute of a composite type; nullptr when the
// names are a table's column instead.
std::string* attribute_comment(StatementContext& ctx, const std::vector<std::string>& names) {
    if (names.size() < 2) return nullptr;
    std::vector<std::string> type_names(names.begin(), names.end() - 1);
    if (ctx.scope().find_table(type_names)) return nullptr;
    auto type = ctx.scope().resolve(type_names, [&](const QualifiedName& q) { return ctx.catalog().composite_types.count(q) > 0; });
    if (!type) return nullptr;
    auto& attributes = ctx.catalog().composite_types.at(*type).attributes;
    auto it = std::find_if(attributes.begin(), attributes.end(), [&](const CompositeAttribute& a) { return a.name == names.back(); });
    if (it == attributes.end())
        throw StatementError("missing-object", "column \"" + names.back() + "\" of relation \"" + type->name + "\" does not exist");
    return &it->comment;
}

// COMMENT ON CONSTRAINT c ON DOMAIN d: the object is a list of the domain's TypeName and c.
std::string* domain_constraint_comment(StatementContext& ctx, const pgast::Node& object) {
    const auto& items = pgast::get_list(object.at("List"), "items");
    if (items.size() != 2) throw StatementError("invalid", "constraint and domain expected");
    Domain& d = existing_domain(ctx, pgast::string_list(pgast::get_list(items[0].at("TypeName"), "names")));
    std::string name = pgast::string_value(items[1]);
    for (auto& c : d.constraints)
        if (c.name == name) return &c.comment;
    throw StatementError("missing-object", "constraint \"" + name + "\" for domain \"" + d.name.name + "\" does not exist");
}

}  // namespace

void handle_comment(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objtype");
    const pgast::Node object = body.value("object", pgast::Node());
    // Comments on view columns live with the view.
    if (objtype == "OBJECT_COLUMN") {
        auto names = statement_object_names(object);
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
    // PostgreSQL treats an empty comment as no comment.
    std::string comment = pgast::get_string(body, "comment");
    if (objtype == "OBJECT_DOMCONSTRAINT") {
        *domain_constraint_comment(ctx, object) = comment;
        return;
    }
    if (objtype == "OBJECT_COLUMN") {
        if (std::string* slot = attribute_comment(ctx, statement_object_names(object))) {
            *slot = comment;
            return;
        }
    }
    // COMMENT ON CONSTRAINT c ON t: the object list is [schema.]table, constraint.
    ObjectKey key = lookup_object_node(ctx, objtype, object);
    std::string* slot = comment_of(ctx.catalog(), key);
    if (!slot) throw StatementError("unsupported", "comments on " + std::string(kind_name(key.kind)) + " objects are not supported");
    *slot = comment;
}

}  // namespace pgfleet
