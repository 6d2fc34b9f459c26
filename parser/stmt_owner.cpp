// ALTER ... OWNER TO for schemas and types (tables and sequences go through ALTER TABLE).
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_alter_owner(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objectType");
    std::string owner = pgast::get_string(body.value("newowner", pgast::Node::object()), "rolename");
    ObjectKey key = lookup_object(ctx, objtype, statement_object_names(body.value("object", pgast::Node())));
    Catalog& c = ctx.catalog();
    QualifiedName qn{key.schema, key.name};
    switch (key.kind) {
        case ObjectKind::Schema: c.schemas.at(key.name).owner = owner; return;
        case ObjectKind::Type: c.enums.at(qn).owner = owner; return;
        case ObjectKind::Table: c.tables.at(qn).owner = owner; return;
        case ObjectKind::Sequence: c.sequences.at(qn).owner = owner; return;
        case ObjectKind::Extension:
        case ObjectKind::Column:
        case ObjectKind::Constraint:
        case ObjectKind::Index:
        case ObjectKind::Default:
            throw StatementError("invalid", "this object has no owner of its own");
    }
}

}  // namespace pgfleet
