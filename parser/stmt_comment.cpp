// COMMENT ON ... IS ...
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::string* comment_slot(Catalog& c, const ObjectKey& key) {
    QualifiedName qn{key.schema, key.name};
    switch (key.kind) {
        case ObjectKind::Schema: return &c.schemas.at(key.name).comment;
        case ObjectKind::Extension: return &c.extensions.at(key.name).comment;
        case ObjectKind::Type: return &c.enums.at(qn).comment;
        case ObjectKind::Sequence: return &c.sequences.at(qn).comment;
        case ObjectKind::Table: return &c.tables.at(qn).comment;
        case ObjectKind::Column: return &c.tables.at(qn).find_column(key.sub)->comment;
        case ObjectKind::Constraint: return &c.tables.at(qn).find_constraint(key.sub)->comment;
        case ObjectKind::Index: return &c.indexes.at(qn).comment;
        case ObjectKind::Default: break;
    }
    return nullptr;
}

}  // namespace

void handle_comment(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objtype");
    std::vector<std::string> names = statement_object_names(body.value("object", pgast::Node()));
    // COMMENT ON CONSTRAINT c ON t: the object list is [schema.]table, constraint.
    ObjectKey key = lookup_object(ctx, objtype, names);
    // PostgreSQL treats an empty comment as no comment.
    *comment_slot(ctx.catalog(), key) = pgast::get_string(body, "comment");
}

}  // namespace pgfleet
