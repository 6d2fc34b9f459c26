// ALTER ... OWNER TO (tables, sequences and foreign tables go through ALTER TABLE).
#include "catalog/object_access.h"
#include "parser/handlers.h"
#include "parser/object_lookup.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_alter_owner(StatementContext& ctx, const pgast::Node& body) {
    std::string objtype = pgast::get_string(body, "objectType");
    std::string owner = pgast::get_string(body.value("newowner", pgast::Node::object()), "rolename");
    ObjectKey key = lookup_object_node(ctx, objtype, body.value("object", pgast::Node()));
    std::string* slot = owner_of(ctx.catalog(), key);
    if (!slot) throw StatementError("invalid", describe(key) + " has no owner of its own");
    *slot = owner;
    if (Privileges* grants = privileges_of(ctx.catalog(), key)) drop_grants_to_new_owner(*grants, owner);
}

}  // namespace pgfleet
